// golden: interface to interface: to any, the itab's _type (nil-safe); to a
// smaller non-empty interface, runtime.convI2I (convert.c).
package main

type Big interface {
	A() int
	B() int
}

type Small interface{ A() int }

type T int

func (t T) A() int { return int(t) }
func (t T) B() int { return int(t) + 1 }

func toAny(b Big) any {
	return b
}

func toSmall(b Big) Small {
	return b
}

func main() {
	println(toAny(T(1)) != nil, toSmall(T(2)).A())
}
