package main

type NotFound struct{ key string }

func (e *NotFound) Error() string { return "not found: " + e.key }

type Timeout int

func (t Timeout) Error() string { return "timeout" }

func find(k string) (int, error) {
	switch k {
	case "a":
		return 1, nil
	case "t":
		return 0, Timeout(5)
	}
	return 0, &NotFound{k}
}

func main() {
	for _, k := range []string{"a", "b", "t"} {
		v, err := find(k)
		if err != nil {
			println("error:", err.Error())
			continue
		}
		println("value:", v)
	}
	var errs []error
	errs = append(errs, Timeout(1), &NotFound{"z"}, nil)
	println(len(errs), errs[2] == nil, errs[0] != nil)
	e1, e2 := errs[0], Timeout(1)
	println(e1 == e2)
}
