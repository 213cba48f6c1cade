// powmod: fast modular exponentiation with a while-style loop and % on large values.
package main

func powmod(base, exp, mod int) int {
	result := 1
	base %= mod
	for exp > 0 {
		if exp%2 == 1 {
			result = result * base % mod
		}
		base = base * base % mod
		exp /= 2
	}
	return result
}

func main() {
	println(powmod(2, 10, 1000))
	println(powmod(3, 200, 1000000007))
	println(powmod(7, 0, 13), powmod(0, 5, 13))
	m := 1000000007
	println(powmod(123456789, m-2, m))
}
