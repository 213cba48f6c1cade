// switch_fallthrough_default: fallthrough into a default clause in the middle, and string switches.
package main

func grade(n int) string {
	r := ""
	switch {
	case n > 90:
		r += "A"
		fallthrough
	default:
		r += "d"
	case n < 0:
		r += "neg"
		fallthrough
	case n == -100:
		r += "!"
	}
	return r
}

func kind(s string) int {
	switch s[:1] {
	case "a", "e", "i", "o", "u":
		return 1
	case "y":
		fallthrough
	case "w":
		return 2
	}
	return 0
}

func main() {
	println(grade(95), grade(50), grade(-1), grade(-100))
	println(kind("apple"), kind("yes"), kind("wow"), kind("zoo"))
	switch x := 3; x {
	case 1, 2, 3:
		println("small", x)
		if x == 3 {
			break
		}
		println("not reached")
	case 4:
		println("four")
	}
}
