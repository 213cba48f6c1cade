// Golden: a small type switch (fewer than 4 concrete cases, so a linear
// chain of hash tests), with nil, an interface case and default
// (GO119-INTERNALS.md §5.2; codegen/typeswitch.c).
package main

type Stringer interface{ String() string }

func kind(x any) int {
	switch v := x.(type) {
	case nil:
		return 0
	case int:
		return v
	case string:
		return len(v)
	case Stringer:
		return len(v.String())
	default:
		return -1
	}
}

func main() {
	println(kind(1), kind("ab"), kind(nil), kind(1.5))
}
