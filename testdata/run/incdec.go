// incdec: ++ and -- statements, including wrap-around at the ends of int.
package main

func main() {
	i := 0
	i++
	i++
	println(i)
	i--
	println(i)
	max := 9223372036854775807
	max++
	println(max)
	max--
	println(max)
	n := 0
	for k := 10; k > 0; k-- {
		n++
	}
	println(n)
}
