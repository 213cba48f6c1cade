// Type switches and control flow: fallthrough is not allowed; a type switch
// with a default whose clauses all end in a terminating statement is
// terminating, one without a default or with a break is not.
package main

func f(x any) int {
	switch x.(type) {
	case int:
		return 1
	default:
		return 0
	}
}

func g(x any) int {
	switch x.(type) {
	case int:
		return 1
	}
} // ERROR "missing return"

func h(x any) int {
	switch x.(type) {
	case int:
		break
	default:
		return 0
	}
} // ERROR "missing return"

func main() {
	var x any = 1
	switch x.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch"
	case string:
	}
	println(f(x), g(x), h(x))
}
