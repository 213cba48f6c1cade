// int_arith: + - * / % and unary minus on int variables, precedence and parentheses.
package main

func main() {
	a := 17
	b := 5
	println(a+b, a-b, a*b, a/b, a%b)
	println(b-a, -a, - -a, -(a - b))
	println(a+b*2, (a+b)*2, a-b-2, a-(b-2), a/b*b+a%b)
	println(a*a*a*a, 1000000*1000000)
	c := a
	c = c*3 + 1
	println(c, c/2, c%2)
	var d int
	d = 100 - a*b + b
	println(d)
	println(0*a, a*0, 0/a, 0%a)
}
