package main

import (
	"fmt"
	"errors"
)

func main() {
	e := errors.New("boom")
	fmt.Println(e, e.Error())
	fmt.Println(e == errors.New("boom"), e == e)
	var nilErr error
	fmt.Println(errors.Unwrap(e), errors.Unwrap(nilErr))
	fmt.Println(errors.Is(e, e), errors.Is(e, errors.New("boom")), errors.Is(nil, nil), errors.Is(e, nil), errors.Is(nil, e))
	fmt.Printf("%v %s %q %T\n", e, e, e, e)
}
