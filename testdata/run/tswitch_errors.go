// A type switch on error values: program error types and the runtime's.
package main

type NotFound struct{ name string }
type Code int

func (e *NotFound) Error() string { return "not found: " + e.name }
func (c Code) Error() string      { return "code" }

func find(i int) error {
	switch i {
	case 0:
		return nil
	case 1:
		return &NotFound{"x"}
	case 2:
		return Code(7)
	}
	var m map[string]int
	defer func() {}()
	m["a"] = 1
	return nil
}

func classify(err error) string {
	switch e := err.(type) {
	case nil:
		return "ok"
	case *NotFound:
		return "NotFound " + e.name
	case Code:
		if e == 7 {
			return "Code 7"
		}
		return "Code"
	default:
		return "other: " + e.Error()
	}
}

func trap(f func()) (err error) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case error:
			err = v
		case string:
			err = &NotFound{v}
		}
	}()
	f()
	return nil
}

func main() {
	for i := 0; i < 3; i++ {
		println(classify(find(i)))
	}
	println(classify(trap(func() { find(3) })))
	println(classify(trap(func() {
		var a []int
		_ = a[5]
	})))
	println(classify(trap(func() { panic("boom") })))
	println(classify(trap(func() {
		var x any = 1
		_ = x.(string)
	})))
	println(classify(trap(func() {
		z := 0
		println(1 / z)
	})))
}
