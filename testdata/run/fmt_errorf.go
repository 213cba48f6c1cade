package main

import (
	"fmt"
	"errors"
)

func main() {
	e1 := fmt.Errorf("plain %d", 1)
	fmt.Println(e1, errors.Unwrap(e1) == nil)
	base := errors.New("base")
	e2 := fmt.Errorf("ctx: %w", base)
	fmt.Println(e2, errors.Unwrap(e2) == base, errors.Is(e2, base))
	e3 := fmt.Errorf("more: %w", e2)
	fmt.Println(e3, errors.Is(e3, base), errors.Unwrap(errors.Unwrap(e3)) == base)
	e4 := fmt.Errorf("not error: %w", 5)
	fmt.Println(e4, errors.Unwrap(e4) == nil)
	e5 := fmt.Errorf("two: %w %w", base, e1)
	fmt.Println(e5, errors.Unwrap(e5) == nil)
	e6 := fmt.Errorf("nil: %w", nil)
	fmt.Println(e6)
	fmt.Println(fmt.Sprintf("%w", base))
	fmt.Printf("%T %T %T\n", e1, e2, e4)
}
