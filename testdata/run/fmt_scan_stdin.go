// Scan, Scanln and Scanf read standard input (fmt_scan_stdin.in) one byte
// at a time, as go1.19 does for a reader that is not an io.RuneScanner:
// the space or newline after a value is consumed and lost, and a Scanln
// that stops at an error leaves the rest of its line for the next call.
package main

import "fmt"

func main() {
	var n int
	c, err := fmt.Scan(&n)
	fmt.Println("count:", c, err, n)
	sum := 0
	for i := 0; i < n; i++ {
		var x int
		if _, err := fmt.Scan(&x); err != nil {
			fmt.Println("error:", err)
		}
		sum += x
	}
	fmt.Println("sum:", sum)

	var name string
	var age int
	for i := 0; i < 4; i++ {
		name, age = "", 0
		c, err = fmt.Scanln(&name, &age)
		fmt.Printf("Scanln: %d %v %q %d\n", c, err, name, age)
	}

	var a, b int
	var op string
	for i := 0; i < 3; i++ {
		c, err = fmt.Scanf("%d %s %d\n", &a, &op, &b)
		fmt.Println("Scanf:", c, err, a, op, b)
	}
	var f float64
	var word string
	c, err = fmt.Scanf("%f|%s", &f, &word)
	fmt.Println("Scanf:", c, err, f, word)
	var rest []string
	for {
		var w string
		if _, err := fmt.Scan(&w); err != nil {
			fmt.Println("end:", err)
			break
		}
		rest = append(rest, w)
	}
	fmt.Printf("%q\n", rest)
}
