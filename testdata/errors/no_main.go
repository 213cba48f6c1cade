// A main package without func main: gc reports it at link time, with no
// position; mgc at the package clause.
package main // ERROR "function main is undeclared in the main package"

func helper() int { return 1 }
