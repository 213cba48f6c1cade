// panic with a value of a defined integer type prints T(v).
package main

type MyInt int

func main() {
	panic(MyInt(7))
}
