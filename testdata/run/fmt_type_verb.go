package main

import (
	"fmt"
)

type P struct{ A int }
type Sh interface{ Area() float64 }
type F func(int) error
func main() {
	var sh Sh
	fmt.Printf("%T %T %T %T %T\n", 1, "s", 1.5, true, nil)
	fmt.Printf("%T %T %T %T\n", P{}, &P{}, []P{}, map[string]any{})
	fmt.Printf("%T %T %T %T\n", sh, []Sh{}, F(nil), func(int) error { return nil })
	fmt.Printf("%T %T %T %T %T\n", 'x', byte(1), [3]int{}, struct{ X, y int }{}, &[]*P{})
	fmt.Printf("[%10T][%-10T]\n", 1, "s")
	fmt.Printf("%T %T\n", fmt.Errorf("e"), fmt.Errorf("%w", fmt.Errorf("e")))
	fmt.Printf("%T\n", []any{1})
}
