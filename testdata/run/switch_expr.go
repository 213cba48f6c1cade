// switch_expr: expression switches: tags of int, string and bool types, tagless
// switches, several values per case, default anywhere, fallthrough, break out
// of a switch inside a loop, continue through a switch, init statements, and
// the order in which case values are evaluated.
package main

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	default:
		return "large"
	}
}

func day(d int) string {
	switch d {
	default:
		return "weekday"
	case 0, 6:
		return "weekend"
	}
}

func probe(label string, v int) int {
	print(label, " ")
	return v
}

func falls(n int) {
	switch n {
	case 1:
		print("one ")
		fallthrough
	case 2:
		print("two ")
		fallthrough
	default:
		print("many ")
	case 3:
		print("three ")
	}
	println()
}

func main() {
	println(classify(-5), classify(0), classify(7), classify(100))
	println(day(0), day(3), day(6))
	switch x := probe("tag", 2); x {
	case probe("a", 1), probe("b", 2), probe("c", 3):
		println("matched", x)
	case probe("d", 2):
		println("not reached")
	}
	falls(1)
	falls(2)
	falls(3)
	falls(9)
	total := 0
	for i := 0; i < 10; i++ {
		switch {
		case i%2 == 0:
			continue
		case i == 7:
			break
		default:
			total += i
		}
		if i == 7 {
			println("seven")
		}
	}
	println(total)
	switch s := "go"; s + "pher" {
	case "gopher":
		println("yes")
	}
	switch b := true; b {
	case false:
		println("false")
	case true:
		println("true")
	}
	switch {
	}
	var u uint8 = 200
	switch u {
	case 200:
		println("u8")
	}
}
