// loop_print_1000: a loop printing 1000 lines with several values each.
package main

func main() {
	for i := 1; i <= 1000; i++ {
		println("line", i, i*i, i%2 == 0, -i)
	}
}
