// deep_recursion: recursion 100000 calls deep (Go's stacks grow; so must mgc's).
package main

func sum(n int) int {
	if n == 0 {
		return 0
	}
	return n + sum(n-1)
}

func depth(n int, s string) int {
	if n == 0 {
		return len(s)
	}
	return depth(n-1, s) + 1
}

func main() {
	println(sum(100000))
	println(depth(100000, "abc"))
}
