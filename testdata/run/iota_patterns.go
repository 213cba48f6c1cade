// iota_patterns: iota in expressions, skipped lines, several names per line, typed iota and iota restarting per block.
package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota * 2, iota*2 + 1
	c, d
	_, _
	e, f
)

const (
	flagA = 1 << iota
	flagB
	flagC
	flagD
	all = flagA | flagB | flagC | flagD
)

const (
	x = iota * 10
	y = "str"
	z
	w = iota + 100
	v
)

const (
	neg = -iota - 1
	neg2
	neg3
)

const (
	bit0, mask0 = 1 << iota, 1<<iota - 1
	bit1, mask1
	bit2, mask2
	_, _
	bit4, mask4
)

const single = iota

const (
	u8 uint8 = 250 + iota
	u8b
	u8c
)

func name(d Weekday) string {
	switch d {
	case Sunday, Saturday:
		return "weekend"
	case Wednesday:
		return "midweek"
	}
	return "weekday"
}

func main() {
	println(Sunday, Monday, Saturday, name(Saturday), name(Wednesday), name(Friday))
	println(KB, MB, GB)
	println(a, b, c, d, e, f)
	println(flagA, flagB, flagC, flagD, all)
	println(x, y, z, w, v)
	println(neg, neg2, neg3)
	println(bit0, mask0, bit1, mask1, bit2, mask2, bit4, mask4)
	println(single, u8, u8b, u8c)
	var day Weekday = Thursday
	day++
	println(day == Friday, day+Tuesday)
}
