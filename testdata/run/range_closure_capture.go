// Go 1.19 has one iteration variable per range loop: closures created in
// the loop all see its last value, unless the body copies it.
package main

func main() {
	var fs []func() int
	for i := range [3]int{} {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	var gs []func() int
	for _, v := range []int{1, 2} {
		v := v
		gs = append(gs, func() int { return v })
	}
	println(gs[0](), gs[1]())
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	println(*ps[0], *ps[1], *ps[2])
	sum := 0
	for _, r := range "héllo" {
		func() { sum += int(r) }()
	}
	println(sum)
}
