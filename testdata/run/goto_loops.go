// goto_loops: loops built from goto, labeled break/continue across nested for and switch statements.
package main

func sumTo(n int) int {
	i, s := 0, 0
loop:
	if i > n {
		goto done
	}
	s += i
	i++
	goto loop
done:
	return s
}

func findPair(target int) (int, int) {
	a, b := -1, -1
outer:
	for i := 1; i < 10; i++ {
		for j := i; j < 10; j++ {
			switch {
			case i*j == target:
				a, b = i, j
				break outer
			case i*j > target:
				continue outer
			}
		}
	}
	return a, b
}

func skipOdd(n int) {
	count := 0
rows:
	for i := 0; i < n; i++ {
		switch i % 2 {
		case 1:
			continue rows
		}
		for j := 0; ; j++ {
			if j == 2 {
				continue rows
			}
			count++
			print(i, ":", j, " ")
		}
	}
	println("count", count)
}

func retry() int {
	attempts := 0
again:
	attempts++
	if attempts < 4 {
		println("attempt", attempts)
		goto again
	}
	{
		goto inside
	inside:
		attempts *= 10
	}
	return attempts
}

func main() {
	println(sumTo(10), sumTo(0))
	println(findPair(24))
	println(findPair(100))
	skipOdd(5)
	println(retry())
	n := 0
L:
	switch {
	default:
		for {
			n++
			if n == 3 {
				break L
			}
		}
	}
	println("n", n)
}
