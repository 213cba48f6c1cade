// Benchmark: string concatenation and comparison (allocation through the GC).
package main

func main() {
	total := 0
	for i := 0; i < 200000; i++ {
		s := ""
		for j := 0; j < 10; j++ {
			s = s + "ab"
		}
		if s == "abababababababababab" {
			total += len(s)
		}
	}
	println(total)
}
