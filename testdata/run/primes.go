// primes: trial-division primality, counting primes below 20000 and printing the first ones.
package main

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	line := ""
	shown := 0
	for n := 0; shown < 25; n++ {
		if isPrime(n) {
			if line != "" {
				line += ","
			}
			line += digits(n)
			shown++
		}
	}
	println(line)
	count := 0
	for n := 0; n < 20000; n++ {
		if isPrime(n) {
			count++
		}
	}
	println("primes below 20000:", count)
}

// digits spells n in decimal without any library.
func digits(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		s = digit(n%10) + s
		n /= 10
	}
	return s
}

func digit(d int) string {
	if d == 0 {
		return "0"
	} else if d == 1 {
		return "1"
	} else if d == 2 {
		return "2"
	} else if d == 3 {
		return "3"
	} else if d == 4 {
		return "4"
	} else if d == 5 {
		return "5"
	} else if d == 6 {
		return "6"
	} else if d == 7 {
		return "7"
	} else if d == 8 {
		return "8"
	}
	return "9"
}
