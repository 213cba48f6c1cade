// string_compare_sort: sorting three strings with comparisons and tuple swaps.
package main

func sort3(a, b, c string) (string, string, string) {
	if a > b {
		a, b = b, a
	}
	if b > c {
		b, c = c, b
	}
	if a > b {
		a, b = b, a
	}
	return a, b, c
}

func main() {
	a, b, c := sort3("pear", "apple", "fig")
	println(a, b, c)
	a, b, c = sort3("b", "a", "c")
	println(a, b, c)
	a, b, c = sort3("", "Z", "a")
	println("["+a+"]", b, c)
	a, b, c = sort3("abc", "ab", "abcd")
	println(a, b, c)
	x, y, z := sort3("go", "c", "rust")
	println(x + "<" + y + "<" + z)
}
