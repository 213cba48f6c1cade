// copy takes two slices of identical element type, or a []byte destination and a string source.
package main

func main() {
	a := []int{1}
	b := []int64{1}
	var arr [3]int
	bs := []byte{}
	_ = copy(a, b) // ERROR `invalid argument: arguments to copy a \(variable of type \[\]int\) and b \(variable of type \[\]int64\) have different element types int and int64`
	copy(arr, a)   // ERROR `invalid argument: copy expects slice arguments; found arr \(variable of type \[3\]int\) and a \(variable of type \[\]int\)`
	copy(a)        // ERROR `invalid operation: not enough arguments for copy\(a\) \(expected 2, found 1\)`
	copy(a, a, a)  // ERROR `invalid operation: too many arguments for copy\(a, a, a\) \(expected 2, found 3\)`
	copy(bs, "abc")
	copy("abc", bs) // ERROR `invalid argument: copy expects slice arguments; found "abc" \(untyped string constant\) and bs \(variable of type \[\]byte\)`
	copy(a, "abc")  // ERROR `invalid argument: arguments to copy a \(variable of type \[\]int\) and "abc" \(untyped string constant\) have different element types int and byte`
	copy(a, 1)      // ERROR `invalid argument: copy expects slice arguments; found a \(variable of type \[\]int\) and 1 \(untyped int constant\)`
	copy(nil, a)    // ERROR `invalid argument: copy expects slice arguments; found nil and a \(variable of type \[\]int\)`
}
