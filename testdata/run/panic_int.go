// panic with an int prints the number.
package main

func main() {
	n := 6
	panic(n * 7)
}
