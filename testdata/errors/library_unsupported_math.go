// mgc-only: go1.19 accepts this program. Members of math/rand that mgc does
// not offer yet (the normal and exponential distributions, Zipf) are
// rejected with the list of what the package offers.
package main

import (
	"math/rand"
)

func main() {
	_ = rand.NormFloat64()         // ERROR "rand.NormFloat64 is not supported by mgc \(package math/rand offers Source, Source64, NewSource, Rand, New, .*Shuffle, Read\)"
	_ = rand.NewZipf(nil, 1, 1, 1) // ERROR "rand.NewZipf is not supported by mgc"
}
