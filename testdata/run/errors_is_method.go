package main

import (
	"fmt"
	"errors"
)

type Temporary struct{ msg string }
func (t Temporary) Error() string { return t.msg }
func (t Temporary) Is(target error) bool {
	_, ok := target.(Temporary)
	return ok
}
type sliceErr []int
func (s sliceErr) Error() string { return fmt.Sprint("slice", len(s)) }
func main() {
	a := Temporary{"a"}
	b := Temporary{"b"}
	fmt.Println(errors.Is(a, b), errors.Is(a, errors.New("x")))
	w := fmt.Errorf("wrapped: %w", a)
	fmt.Println(errors.Is(w, b), errors.Is(w, Temporary{"zzz"}))
	var s error = sliceErr{1, 2}
	fmt.Println(errors.Is(s, sliceErr{1, 2}), errors.Is(fmt.Errorf("%w", s), s))
}
