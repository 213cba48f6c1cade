// A multi-value call as the arguments of another call (Go spec: Calls,
// "f(g())"): each result is one argument, for functions, variadic ones,
// library functions and built-ins alike; an error for several results
// that says the same thing on one line is reported once, as gc does.
package main

import "fmt"

func g() (int, int)           { return 1, 2 }
func gs() (string, int)       { return "a", 2 }
func q(args ...string)        {}
func r(a, b int, rest ...int) {}
func p(a int, s ...string)    {}
func two(a, b int)            {}

func main() {
	q(g()) // ERROR `cannot use g\(\) \(value of type int\) as type string in argument to q`
	r(g())
	p(g())             // ERROR `cannot use g\(\) \(value of type int\) as type string in argument to p`
	two(g(), 1)        // ERROR `multiple-value g\(\) \(value of type \(int, int\)\) in single-value context`
	two(gs())          // ERROR `cannot use gs\(\) \(value of type string\) as type int in argument to two`
	_ = append(g())    // ERROR `first argument to append must be a slice; have g\(\) \(value of type int\)`
	_ = copy(g())      // ERROR `invalid argument: copy expects slice arguments; found g\(\) \(value of type int\) and g\(\) \(value of type int\)`
	delete(g())        // ERROR `invalid argument: g\(\) \(value of type int\) is not a map`
	fmt.Printf(g())    // ERROR `cannot use g\(\) \(value of type int\) as type string in argument to fmt.Printf`
	_ = append(g()...) // ERROR `first argument to append must be a slice; have g\(\) \(value of type int\)`
	_ = len(g())       // ERROR `invalid operation: too many arguments for len\(g\(\)\) \(expected 1, found 2\)`
}
