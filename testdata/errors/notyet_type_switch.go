// mgc-only: go1.19 accepts this program; codegen does not lower type switches
// yet and its support gate must say so rather than crash.
package main

func kind(x any) string {
	switch v := x.(type) { // ERROR "type switches are not yet supported by mgc"
	case int:
		return "int"
	case string:
		return "string " + v
	}
	return "other"
}

func main() {
	println(kind(1))
}
