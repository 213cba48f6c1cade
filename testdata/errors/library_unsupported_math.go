// mgc-only: go1.19 accepts this program. math, math/bits and math/rand offer
// go1.19's whole API; a name they lack is rejected with the list of what the
// package offers.
package main

import (
	"math/bits"
	"math/rand"
)

func main() {
	_ = rand.Nope()     // ERROR "rand.Nope is not supported by mgc \(package math/rand offers Source, Source64, NewSource, Rand, New, .*Zipf, NewZipf, .*NormFloat64, ExpFloat64\)"
	_ = bits.Nope(1, 2) // ERROR "bits.Nope is not supported by mgc \(package math/bits offers UintSize, Len64, .*Rem64\)"
}
