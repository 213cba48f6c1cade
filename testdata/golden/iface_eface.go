// golden: converting values to an empty interface (convert.c; GO119-INTERNALS.md
// §3.5): the type word is &type.T, the data word a pointer to the value.
package main

type Pair struct{ A, B int }

var sink any

func box(n int, s string, p Pair, q *Pair) {
	sink = n // convT64
	sink = s // convTstring
	sink = p // convTnoptr(&type.main.Pair, &tmp)
	sink = q // pointer-shaped: the pointer itself
}

func main() {
	box(1, "a", Pair{1, 2}, nil)
	println(sink == nil)
}
