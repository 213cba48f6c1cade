// recursion_strings: recursive functions over strings: palindromes, permutations, binary digits.
package main

func palindrome(s string) bool {
	if len(s) < 2 {
		return true
	}
	return s[0] == s[len(s)-1] && palindrome(s[1:len(s)-1])
}

func permute(prefix, rest string) int {
	if rest == "" {
		print(prefix, " ")
		return 1
	}
	n := 0
	for i := 0; i < len(rest); i++ {
		n += permute(prefix+rest[i:i+1], rest[:i]+rest[i+1:])
	}
	return n
}

func binary(n uint) string {
	if n < 2 {
		return "01"[n : n+1]
	}
	return binary(n/2) + binary(n%2)
}

func main() {
	println(palindrome("racecar"), palindrome("abca"), palindrome(""), palindrome("x"))
	println(permute("", "abc"))
	println(binary(0), binary(5), binary(255), binary(1<<20+1))
}
