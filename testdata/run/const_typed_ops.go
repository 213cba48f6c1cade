// const_typed_ops: typed constant expressions, complement, constant string operations and len of constants.
package main

type Flags uint8

const (
	none Flags = 0
	allF Flags = ^none
	low        = allF >> 4
)

const maxU16 = ^uint16(0)
const minI16 int16 = -1 << 15
const allOnes = ^0
const greeting = "hello, " + "world"
const glen = len(greeting)

var first = greeting[0]

type Celsius int

const boiling Celsius = 100
const body = boiling - 63

func main() {
	println(allF, low, allF&^low, allF^low)
	println(maxU16, minI16, allOnes, ^allOnes, -allOnes)
	println(greeting, glen, first, greeting < "hello", greeting > "hello")
	var arr Celsius = body * 2
	println(body, arr, arr/boiling, arr%boiling)
	const q = 7 / 2
	const fq = 7 / 2.0
	println(q, int(fq*2), 7%3, -7%3, 7&^5, 6|9, 6^3)
	var f Flags = 1
	f = f<<7 | f
	println(f, f>>7, ^f)
	println(len("héllo"), len(greeting+greeting))
}
