// int_wrap: int arithmetic wraps around at 64 bits (overflow through variables).
package main

func main() {
	max := 9223372036854775807
	min := -9223372036854775807 - 1
	println(max, min)
	println(max+1, min-1)
	println(max+max, min+min)
	println(max*2, max*max, min*min, min*-1)
	println(-min, -max, -max-1)
	one := 1
	println(max+one == min, min-one == max)
	big := 3037000500
	println(big*big, (big-1)*(big-1))
	f := 1
	for i := 0; i < 70; i++ {
		f = f * 3
	}
	println(f)
}
