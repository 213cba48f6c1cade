// hello: the smallest program, one println of a string constant.
package main

func main() {
	println("hello, world")
}
