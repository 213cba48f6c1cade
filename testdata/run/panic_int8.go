// panic with a negative int8.
package main

func main() {
	var v int8 = -5
	panic(v)
}
