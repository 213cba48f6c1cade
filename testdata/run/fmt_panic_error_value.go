package main

import (
	"fmt"
)

type MyErr struct{ code int }
func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.code) }
func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		err, ok := r.(error)
		fmt.Println(ok, err)
		panic(fmt.Errorf("again: %w", err))
	}()
	panic(&MyErr{42})
}
