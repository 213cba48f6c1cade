package main

// Go 1.19: the iteration variables of a range loop are declared once and
// reused by every iteration, so their address is the same each time.
func main() {
	var ptrs []*int
	for i := range [3]int{} {
		ptrs = append(ptrs, &i)
	}
	println(ptrs[0] == ptrs[1], ptrs[1] == ptrs[2], *ptrs[0], *ptrs[2])

	var vs []*string
	for _, v := range []string{"a", "b", "c"} {
		vs = append(vs, &v)
	}
	println(vs[0] == vs[2], *vs[0])

	var rs []*rune
	for _, r := range "héllo" {
		rs = append(rs, &r)
	}
	println(rs[0] == rs[4], string(*rs[0]))

	// Through the pointer, the body can change the variable itself.
	for i := range [10]int{} {
		p := &i
		*p += 4
		println(i)
	}
}
