// Named and unnamed parameters mixed in one list.

package main

func f(a int, string) {} // ERROR "syntax error: mixed named and unnamed parameters"

func main() {
	f(1, "")
}
