// panic with a value of a defined string type prints T("v").
package main

type E string

func main() {
	panic(E("boom"))
}
