// for_nested: nested loops where break and continue affect only the inner loop.
package main

func main() {
	for i := 1; i <= 5; i++ {
		line := ""
		for j := 1; j <= 5; j++ {
			if j > i {
				break
			}
			if j == 3 {
				continue
			}
			line = line + "*"
		}
		println(i, line)
	}
	pairs := 0
	for a := 0; a < 20; a++ {
		for b := a; b < 20; b++ {
			if (a+b)%7 != 0 {
				continue
			}
			pairs++
		}
	}
	println("pairs", pairs)
}
