// const_fold_huge: untyped integer constants far beyond 64 bits fold exactly to small results.
package main

const (
	e100 = 1 << 100
	e200 = e100 * e100
	e300 = e200 * e100
	mask = e100 - 1
	big  = 123456789012345678901234567890123456789
)

const mersenne = 1<<127 - 1

func main() {
	println(e300 / e200 / e100)
	println(e300>>298, e200>>199)
	println((e100+5)%e100, mask&255, mask>>96)
	println(big%1000000007, big/1000000000000000000000000000000)
	println(mersenne%1000, mersenne/(1<<120))
	println(-e200/e100/(1<<90), (-e100)%7)
	println(e100^(e100+3), (e100|12)&^e100)
	const diff = (e200 + 42) - e200
	var x int64 = diff
	var y uint8 = e300 / (e300 / 200)
	println(x, y)
	println(e100 > big, big > mersenne, e300 == e100*e100*e100)
	const quot = big / 7 * 7
	println(big-quot, 99999999999999999999999%97)
}
