// const_iota_print: iota in typed and untyped constant groups, skipped values, expressions and strings.
package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
)

type Mask uint8

const (
	Read Mask = 1 << iota
	Write
	Exec
	All = Read | Write | Exec
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const names = "SunMonTue"

func main() {
	println(Sunday, Monday, Tuesday, Thursday)
	println(KB, MB, GB, TB)
	println(Read, Write, Exec, All, ^All, All&^Write)
	println(a, b, c, d, e, f)
	day := Tuesday
	println(names[day*3:day*3+3], len(names))
}
