// Constants must have a boolean, numeric or string type; composite types, pointers and nil are not constant.
package main

type P struct{ x int }

type MyString string

const c1 []int = nil // ERROR `invalid constant type \[\]int`

const c2 P = P{1} // ERROR `invalid constant type P`

const c3 [2]int = [2]int{1, 2} // ERROR `invalid constant type \[2\]int`

const c4 *int = nil // ERROR `invalid constant type \*int`

const c5 map[string]int = nil // ERROR `invalid constant type map\[string\]int`

const c6 = nil // ERROR `nil is not constant`

const c7 = P{1} // ERROR `P\{…\} \(value of type P\) is not constant`

const c8 = [...]int{1} // ERROR `\[\.\.\.\]int\{…\} \(value of type \[1\]int\) is not constant`

const c9 MyString = "ok"

const c10 interface{} = 1 // ERROR `invalid constant type interface\{\}`

func main() {
	_ = c9
}
