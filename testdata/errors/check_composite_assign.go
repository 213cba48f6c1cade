// Composite types are assignable only when identical (or one side is unnamed with an identical underlying type).
package main

type Ints []int

type Pair struct{ a, b int }

type Other struct{ a, b int }

func main() {
	var s []int
	var s32 []int32
	var a3 [3]int
	var a4 [4]int
	var m map[string]int
	var mi map[int]string
	var p Pair
	var o Other
	var is Ints
	s = s32 // ERROR `cannot use s32 \(variable of type \[\]int32\) as type \[\]int in assignment`
	a3 = a4 // ERROR `cannot use a4 \(variable of type \[4\]int\) as type \[3\]int in assignment`
	m = mi  // ERROR `cannot use mi \(variable of type map\[int\]string\) as type map\[string\]int in assignment`
	p = o   // ERROR `cannot use o \(variable of type Other\) as type Pair in assignment`
	is = s
	s = is
	var x struct{ a, b int } = p
	p = x
	s = a3                 // ERROR `cannot use a3 \(variable of type \[3\]int\) as type \[\]int in assignment`
	a3 = [...]int{1, 2}    // ERROR `cannot use \[\.\.\.\]int\{…\} \(value of type \[2\]int\) as type \[3\]int in assignment`
	m = map[string]int64{} // ERROR `cannot use map\[string\]int64\{\} \(value of type map\[string\]int64\) as type map\[string\]int in assignment`
	is = []int32{}         // ERROR `cannot use \[\]int32\{\} \(value of type \[\]int32\) as type Ints in assignment`
}
