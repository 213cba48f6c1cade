// A multi-value call as the arguments of another call (Go spec: Calls,
// "f(g())") in a package variable's initializer, where the first result is
// the receiver of a method expression, and in loops, switch tags and
// composite literals.
package main

import "fmt"

type Acc struct{ total int }

func (a *Acc) Add(xs ...int) int {
	for _, x := range xs {
		a.total += x
	}
	return a.total
}

func (a Acc) Get(k int) int { return a.total * k }

func accAndInts() (*Acc, int, int) { return &Acc{10}, 1, 2 }
func accVal() (Acc, int)           { return Acc{4}, 3 }
func two() (int, int)              { return 1, 2 }

var pkgLevel = fmt.Sprint(two())
var sum = (*Acc).Add(accAndInts())

func main() {
	fmt.Println(pkgLevel, sum, Acc.Get(accVal()))
	f := (*Acc).Add
	fmt.Println(f(accAndInts()))
	for i := 0; i < 2; i++ {
		fmt.Println(i, fmt.Sprint(two()), len(fmt.Sprintln(two())))
	}
	switch fmt.Sprint(two()) {
	case "1 2":
		fmt.Println("switch ok")
	}
	x := []string{fmt.Sprint(two()), fmt.Sprint(two())}
	fmt.Println(x, map[string]int{fmt.Sprint(two()): 1})
}
