// collatz: the longest Collatz chain starting below 100000 (loops, % and /).
package main

func steps(n int) int {
	count := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		count++
	}
	return count
}

func main() {
	best, bestStart := 0, 0
	for i := 1; i < 100000; i++ {
		s := steps(i)
		if s > best {
			best, bestStart = s, i
		}
	}
	println(bestStart, best)
	println(steps(27), steps(1), steps(2))
}
