// asmcheck: the decisions behind integer and string operators.
package main

// nasm: `call\s+runtime\.panicdivide`
// nasm: `idiv`
func div(a, b int) int {
	return a / b
}

// Unsigned division uses div, not idiv.
// nasm: `\sdiv\s`
// nasm: -`idiv`
func udiv(a, b uint) uint {
	return a / b
}

// nasm: `call\s+runtime\.concatstring3`
func concat3(a, b, c string) string {
	return a + b + c
}

// nasm: `call\s+runtime\.memequal`
// nasm: -`call\s+runtime\.cmpstring`
func eq(a, b string) bool {
	return a == b
}

// nasm: `call\s+runtime\.cmpstring`
func lt(a, b string) bool {
	return a < b
}

// nasm: `movsx`
func wrap8(x int8) int8 {
	return x * 3
}

// nasm: `call\s+runtime\.printlock`
// nasm: `call\s+runtime\.printint`
// nasm: `call\s+runtime\.printsp`
// nasm: `call\s+runtime\.printstring`
// nasm: `call\s+runtime\.printnl`
func show(n int, s string) {
	println(n, s)
}

func main() {
	println(div(7, 2), udiv(7, 2), concat3("a", "b", "c"), eq("a", "b"), lt("a", "b"), wrap8(100))
	show(1, "x")
}
