package main

import (
	"fmt"
	"errors"
)

type QueryError struct {
	Query string
	Err   error
}
func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }
var ErrNotFound = errors.New("not found")
var ErrPerm = errors.New("permission denied")
func find(q string) error {
	if q == "" {
		return nil
	}
	return fmt.Errorf("find %q: %w", q, &QueryError{q, ErrNotFound})
}
func main() {
	err := find("users")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, ErrPerm))
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Println("query:", qe.Query, qe.Err == ErrNotFound)
	}
	for e := err; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("%T: %v\n", e, e)
	}
	fmt.Println(find("") == nil)
}
