// Division and remainder by a small constant multiply by a magic number in
// optimized code (codegen/amd64/divconst.c); -N keeps the divide instruction.
package main

// nasm-opt: `imul\s+rcx` -`idiv`
// nasm-N: `idiv`
func perThree(n int) (int, int) {
	return n / 3, n % 3
}

// nasm-opt: `mul\s+rcx` -`\bdiv\s`
// nasm-N: `\bdiv\s`
func digits(n uint) uint {
	return n % 10
}

// nasm-opt: `shr\s+rax, 4` -`\bdiv\s`
func sixteenths(n uint64) uint64 {
	return n / 16
}

func main() {
	q, r := perThree(-7)
	println(q, r, digits(1234), sixteenths(100))
}
