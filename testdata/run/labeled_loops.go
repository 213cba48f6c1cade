// labeled_loops: labeled break and continue out of nested for loops and switches.
package main

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			switch {
			case j == 2:
				continue outer
			case i == 3:
				break outer
			}
			println(i, j)
		}
	}
	n := 0
loop:
	for {
		switch n {
		case 5:
			break loop
		default:
			n++
		}
	}
	println(n)
rows:
	for r := 0; r < 3; r++ {
	cols:
		for c := 0; c < 3; c++ {
			if c > r {
				continue rows
			}
			if r == 2 && c == 1 {
				break cols
			}
			print(r, c, " ")
		}
		println("end row", r)
	}
	println()
}
