// panic with a value of a defined bool type.
package main

type Flag bool

func main() {
	panic(Flag(false))
}
