// Constant indices are checked against array lengths and constant strings, and must be non-negative integers.
package main

func main() {
	var a [3]int
	s := []int{1, 2}
	str := "abc"
	const cs = "hey"
	_ = a[5]  // ERROR `invalid argument: index 5 out of bounds \[0:3\]`
	_ = a[3]  // ERROR `invalid argument: index 3 out of bounds \[0:3\]`
	_ = a[-1] // ERROR `invalid argument: index -1 \(constant of type int\) must not be negative`
	_ = s[-2] // ERROR `invalid argument: index -2 \(constant of type int\) must not be negative`
	_ = s[1.0]
	_ = s[1.5]    // ERROR `1\.5 \(untyped float constant\) truncated to int`
	_ = str["x"]  // ERROR `cannot convert "x" \(untyped string constant\) to int`
	_ = cs[3]     // ERROR `invalid argument: index 3 out of bounds \[0:3\]`
	_ = "abc"[10] // ERROR `invalid argument: index 10 out of bounds \[0:3\]`
	_ = a[1<<70]  // ERROR `1 << 70 \(untyped int constant 1180591620717411303424\) overflows int`
	_ = a[2] + s[100]
}
