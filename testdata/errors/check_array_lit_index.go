// Array and slice literal indices: duplicates, out of range, negative and non-constant keys.
package main

func main() {
	k := 1
	_ = [3]int{1, 2, 3, 4}      // ERROR `index 3 is out of bounds \(>= 3\)`
	_ = [3]int{0: 1, 0: 2}      // ERROR `duplicate index 0 in array or slice literal`
	_ = []int{1, 2, 1: 3}       // ERROR `duplicate index 1 in array or slice literal`
	_ = [2]string{5: "a"}       // ERROR `invalid argument: index 5 out of bounds \[0:2\]`
	_ = []int{-1: 1}            // ERROR `invalid argument: index -1 \(constant of type int\) must not be negative`
	_ = []int{k: 1}             // ERROR `index k must be integer constant`
	_ = []int{1.5: 1}           // ERROR `1\.5 \(untyped float constant\) truncated to int`
	_ = [...]int{2: 1, 1, 2: 3} // ERROR `duplicate index 2 in array or slice literal`
	_ = []int{"a": 1}           // ERROR `cannot convert "a" \(untyped string constant\) to int`
	_ = [...]int{9: 0}
}
