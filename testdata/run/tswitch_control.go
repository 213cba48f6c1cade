// break, labeled break and continue inside type switches, a switch with
// an init statement, the bound variable captured by a closure and having
// its address taken.
package main

func get(i int) any {
	if i%2 == 0 {
		return i
	}
	return "odd"
}

func main() {
	sum := 0
Loop:
	for i := 0; i < 10; i++ {
		switch v := get(i).(type) {
		case int:
			if v == 6 {
				break Loop
			}
			if v == 2 {
				continue
			}
			sum += v
			break
		case string:
			sum += 100
		}
		sum += 1000
	}
	println(sum)
	var fs []func() int
	for i := 0; i < 3; i++ {
		switch v := get(i * 2).(type) {
		case int:
			p := &v
			*p += 1
			fs = append(fs, func() int { return v })
		}
	}
	for _, f := range fs {
		println(f())
	}
	switch x := 5; y := any(x).(type) {
	case int:
		println("int", y+x)
	}
	var t any = [2]float64{1.5, 2.5}
	switch v := t.(type) {
	case [2]float64:
		v[0] = 9
		println(v[0], v[1], t.([2]float64)[0])
	}
	type pair struct {
		a string
		b []int
	}
	t = pair{"p", []int{1, 2}}
	switch v := t.(type) {
	case pair:
		println(v.a, len(v.b))
	}
}
