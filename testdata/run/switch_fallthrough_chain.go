// switch_fallthrough_chain: fallthrough chains into following clauses (even default in the middle), switch with init and no tag, break inside cases.
package main

func classify(n int) string {
	s := ""
	switch {
	case n < 0:
		s += "neg "
		fallthrough
	case n == 0:
		s += "small "
		fallthrough
	default:
		s += "any "
	case n > 100:
		s += "big "
		fallthrough
	case n > 1000:
		s += "huge "
	}
	return s
}

func stages(k int) int {
	count := 0
	switch k {
	case 1:
		count++
		fallthrough
	case 2:
		count += 10
		if k == 2 {
			break
		}
		fallthrough
	case 3:
		count += 100
	case 4:
		count = -1
	}
	return count
}

func evalOrder(tag string) int {
	switch tag {
	case first("a"), first("b"), first("c"):
		return 1
	case first("d"):
		return 2
	}
	return 0
}

func first(s string) string {
	print("[", s, "]")
	return s
}

func main() {
	println(classify(-5))
	println(classify(0))
	println(classify(7))
	println(classify(500))
	println(classify(5000))
	println(stages(1), stages(2), stages(3), stages(4), stages(9))
	println(evalOrder("b"))
	println(evalOrder("d"))
	println(evalOrder("z"))
	switch x := 5; {
	case x > 3:
		println("x > 3")
		fallthrough
	case x > 10:
		println("fell into x > 10")
	}
}
