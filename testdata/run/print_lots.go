// print_lots: about 20000 lines of output from nested loops, with print and println.
package main

func main() {
	for i := 0; i < 200; i++ {
		for j := 0; j < 100; j++ {
			print(i, ":", j, " ")
			if j%10 == 9 {
				println()
			}
		}
	}
	println("done")
}
