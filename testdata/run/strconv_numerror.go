package main

import (
	"errors"
	"fmt"
	"strconv"
)

func check(err error) {
	fmt.Println(err)
	fmt.Println(errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange), errors.Unwrap(err) == strconv.ErrSyntax)
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Printf("Func=%s Num=%q Err=%v\n", ne.Func, ne.Num, ne.Err)
	}
	fmt.Printf("%v|%s|%q|%T\n", err, err, err, err)
}

func main() {
	_, err := strconv.Atoi("x")
	check(err)
	_, err = strconv.ParseInt("300", 10, 8)
	check(err)
	_, err = strconv.ParseFloat("1e500", 64)
	check(err)
	_, err = strconv.ParseBool("yes")
	check(err)
	_, err = strconv.ParseInt("1", 99, 64)
	check(err)
	wrapped := fmt.Errorf("reading config: %w", err)
	fmt.Println(wrapped, errors.Is(wrapped, strconv.ErrSyntax))
	_, err = strconv.Atoi("\"quoted\"\n")
	fmt.Println(err)
	e := &strconv.NumError{Func: "Mine", Num: "abc", Err: strconv.ErrRange}
	fmt.Println(e.Error(), e.Unwrap() == strconv.ErrRange)
	fmt.Println(strconv.ErrRange, strconv.ErrSyntax, strconv.IntSize)
	var err2 error = e
	if ne, ok := err2.(*strconv.NumError); ok {
		fmt.Println("assert ok", ne.Num)
	}
}
