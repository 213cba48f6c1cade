// A defer in a loop registers a call each time round; closures share the
// loop variable (go1.19 has one i for the whole loop).
package main

func main() {
	for i := 0; i < 3; i++ {
		defer println("value", i)
	}
	for i := 0; i < 3; i++ {
		defer func() { println("closure", i) }()
	}
	for i := 0; i < 3; i++ {
		j := i
		defer func() { println("copy", j) }()
	}
	n := 0
	for n < 2 {
		defer print("while ", n, "\n")
		n++
	}
}
