// mgc only (go1.19 accepts this program): type parameters are outside mini-Go.

package main

type List[T any] struct { // ERROR "generics are not supported by mgc"
	items []T
}

type Pair[K comparable, V any] struct { // ERROR "generics are not supported by mgc"
	k K
	v V
}

func Map[T, U any](xs []T, f func(T) U) []U { // ERROR "generics are not supported by mgc"
	return nil
}

var l List[int] // ERROR "generics are not supported by mgc"

func main() {
	_ = l
	_ = Map[int, string] // ERROR "generics are not supported by mgc"
}
