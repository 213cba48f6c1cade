// A small type switch (fewer than 4 concrete cases: a linear chain of hash
// tests), with nil, default and a bound variable typed per clause.
package main

func kind(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		if v > 10 {
			return "big int"
		}
		return "int"
	case string:
		return "string " + v
	default:
		return "other"
	}
}

func main() {
	for _, x := range []any{nil, 1, 11, "s", 2.5, []int{}} {
		println(kind(x))
	}
	var y any = 3
	switch y.(type) {
	case string:
		println("string")
	}
	switch y.(type) {
	}
	println("done")
}
