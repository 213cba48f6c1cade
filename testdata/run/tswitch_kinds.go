// The programs the support gate used to reject: an assertion with comma-ok
// and a type switch binding a variable.
package main

type shape interface{ area() int }

func kind(x any) string {
	switch v := x.(type) {
	case int:
		return "int"
	case string:
		return "string " + v
	}
	return "other"
}

func describe(s shape) int {
	if s == nil {
		return 0
	}
	return s.area()
}

func main() {
	var x any = 5
	n, ok := x.(int)
	println(n, ok)
	println(kind(1), kind("s"), kind(1.5))
	println(describe(nil) == 0)
}
