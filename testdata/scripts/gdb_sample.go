// gdb_sample: the program testdata/scripts/gdb_break.sh debugs (keep the marked line).
package main

func add(a int, b int) int {
	sum := a + b // gdb_break.sh stops here
	return sum
}

func main() {
	total := 0
	for i := 1; i <= 3; i++ {
		total = add(total, i)
	}
	println("total", total)
}
