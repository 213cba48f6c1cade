// labels_goto: labeled break and continue out of nested loops and switches,
// goto forward and backward (a loop made of goto), and a labeled block.
package main

func find(target int) (int, int) {
	i, j := -1, -1
outer:
	for i = 0; i < 5; i++ {
		for j = 0; j < 5; j++ {
			if i*j == target {
				break outer
			}
		}
	}
	return i, j
}

func skipRows() int {
	sum := 0
rows:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j > i {
				continue rows
			}
			sum += 10*i + j
		}
	}
	return sum
}

func countdown(n int) {
loop:
	if n > 0 {
		print(n, " ")
		n--
		goto loop
	}
	println("liftoff")
}

func firstEven(limit int) int {
	n := 1
	for {
		switch {
		case n > limit:
			goto none
		case n%2 == 0:
			goto found
		}
		n += 3
	}
found:
	return n
none:
	return -1
}

func main() {
	println(find(6))
	println(find(100))
	println(skipRows())
	countdown(3)
	println(firstEven(10), firstEven(0))
sw:
	switch x := 2; x {
	case 2:
		for k := 0; k < 3; k++ {
			if k == 1 {
				break sw
			}
			println("k", k)
		}
		println("not reached")
	}
	println("done")
}
