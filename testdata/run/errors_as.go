package main

import (
	"fmt"
	"errors"
)

type CodeErr struct{ Code int }
func (c CodeErr) Error() string { return fmt.Sprint("code ", c.Code) }
type PtrErr struct{ msg string }
func (p *PtrErr) Error() string { return p.msg }
type Coder interface{ Code() int }
type withCode struct{ c int }
func (w withCode) Error() string { return "withCode" }
func (w withCode) Code() int     { return w.c }
type Special struct{}
func (Special) Error() string { return "special" }
func (Special) As(target any) bool {
	if p, ok := target.(*CodeErr); ok {
		p.Code = 99
		return true
	}
	return false
}
func main() {
	var err error = fmt.Errorf("outer: %w", CodeErr{7})
	var ce CodeErr
	fmt.Println(errors.As(err, &ce), ce.Code)
	var pe *PtrErr
	fmt.Println(errors.As(err, &pe), pe == nil)
	err2 := fmt.Errorf("x: %w", &PtrErr{"ptr"})
	fmt.Println(errors.As(err2, &pe), pe.msg)
	var c Coder
	fmt.Println(errors.As(fmt.Errorf("y: %w", withCode{5}), &c), c.Code())
	var anyErr error
	fmt.Println(errors.As(err, &anyErr), anyErr)
	var ce2 CodeErr
	fmt.Println(errors.As(Special{}, &ce2), ce2.Code)
	fmt.Println(errors.As(nil, &ce2))
}
