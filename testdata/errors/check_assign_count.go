// The number of variables must match the number of values in assignments and declarations.
package main

type P struct{ x, y int }

func two() (int, string) { return 0, "" }

func main() {
	a, b := []int{1, 2} // ERROR `assignment mismatch: 2 variables but 1 value`
	var c, d = P{1, 2}  // ERROR `assignment mismatch: 2 variables but 1 value`
	var e, f int
	e, f = [2]int{1, 2} // ERROR `assignment mismatch: 2 variables but 1 value`
	x, y, z := two()    // ERROR `assignment mismatch: 3 variables but two returns 2 values`
	var g int = two()   // ERROR `multiple-value two\(\) \(value of type \(int, string\)\) in single-value context`
	var h, i, j = 1, 2  // ERROR `missing init expr for j`
	e = 1, 2            // ERROR `assignment mismatch: 1 variable but 2 values`
	var k, l = two(), 1 // ERROR `multiple-value two\(\) \(value of type \(int, string\)\) in single-value context`
	_, _, _, _, _, _, _, _ = a, b, c, d, x, y, z, g
	_, _, _, _ = h, i, j, k
	_ = l
}
