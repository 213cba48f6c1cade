// make takes a slice, map or channel type and integer sizes; constant sizes must be non-negative with len <= cap.
package main

type S struct{}

type Ints []int

func main() {
	n := 2
	_ = make([]int)               // ERROR `invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1`
	_ = make([]int, 1, 2, 3)      // ERROR `invalid operation: make\(\[\]int, 1, 2, 3\) expects 2 or 3 arguments; found 4`
	_ = make(S)                   // ERROR `invalid argument: cannot make S; type must be slice, map, or channel`
	_ = make(int, 1)              // ERROR `invalid argument: cannot make int; type must be slice, map, or channel`
	_ = make([]int, -1)           // ERROR `invalid argument: index -1 \(constant of type int\) must not be negative`
	_ = make([]int, 5, 2)         // ERROR `invalid argument: length and capacity swapped`
	_ = make([]int, 1.5)          // ERROR `1\.5 \(untyped float constant\) truncated to int`
	_ = make(map[string]int, "a") // ERROR `cannot convert "a" \(untyped string constant\) to int`
	_ = make(Ints, n, n)
	_ = make() // ERROR `invalid operation: not enough arguments for make\(\) \(expected 1, found 0\)`
}
