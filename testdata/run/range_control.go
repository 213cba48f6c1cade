package main

func main() {
	// break, continue, labels and goto inside range loops over arrays and slices.
	s := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	sum := 0
	for _, v := range s {
		if v%2 == 0 {
			continue
		}
		if v > 7 {
			break
		}
		sum += v
	}
	println("sum", sum)

	grid := [3][3]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
outer:
	for i, row := range grid {
		for j, v := range row {
			if v == 5 {
				println("skip rest of row", i)
				continue outer
			}
			if v == 8 {
				println("stop at", i, j)
				break outer
			}
			println(i, j, v)
		}
	}

	// Continue in the pointer form (large elements).
	type big struct{ a, b, c int }
	bs := []big{{1, 0, 0}, {2, 0, 0}, {3, 0, 0}, {4, 0, 0}}
	for i, b := range bs {
		if i == 1 {
			continue
		}
		if b.a == 4 {
			break
		}
		println("big", i, b.a)
	}

	// The body changes the iteration variable: the next iteration is not affected.
	for i := range [5]int{} {
		print(i, " ")
		i += 10
		print(i, " ")
	}
	println()

	// goto out of a range loop.
	n := 0
	for _, v := range s {
		n += v
		if n > 20 {
			goto done
		}
	}
	println("not reached")
done:
	println("n", n)

	// A return from inside a range loop.
	println(find([]string{"a", "bb", "ccc"}, "bb"), find([]string{"x"}, "y"))
}

func find(list []string, s string) int {
	for i, v := range list {
		if v == s {
			return i
		}
	}
	return -1
}
