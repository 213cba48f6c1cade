// mutual_recursion: two functions that call each other, and functions used before declared.
package main

func main() {
	println(isEven(10), isOdd(10), isEven(7), isOdd(7), isEven(0))
	println(hofF(10), hofM(10))
	for i := 0; i < 15; i++ {
		print(hofF(i), " ")
	}
	println()
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

// Hofstadter's female and male sequences.
func hofF(n int) int {
	if n == 0 {
		return 1
	}
	return n - hofM(hofF(n-1))
}

func hofM(n int) int {
	if n == 0 {
		return 0
	}
	return n - hofF(hofM(n-1))
}
