// wrap_int8_int16: int8 and int16 arithmetic wraps at 8 and 16 bits for + - * and unary minus.
package main

func main() {
	var a int8 = 127
	var b int8 = -128
	one := int8(1)
	println(a+one, b-one, a*2, b*b, -b, a*a, b*-1)
	a++
	b--
	println(a, b)
	var x int8 = 100
	x += 100
	println(x, x*3, x/3, x%7)
	var h int16 = 32767
	var l int16 = -32768
	println(h+1, l-1, h*h, l*l, -l, h+h)
	var m int16 = 300
	for i := 0; i < 3; i++ {
		m *= 300
		println(m)
	}
	println(int8(h), int8(l), int16(a)*int16(a))
}
