package main

import (
	"errors"
	"fmt"
)

func seek(off int64) (int64, error) { return off, nil }
func three() (int, string, error) { return 7, "s", errors.New("e") }
func none(xs ...any) int       { return len(xs) }
func first(a int, rest ...any) { fmt.Println(a, rest, len(rest)) }
func pair(a any, b error)      { fmt.Println(a, b) }
func one() int                 { return 1 }
func two() (int, string)       { return 2, "two" }

func main() {
	fmt.Println(seek(5))
	fmt.Println(three())
	fmt.Printf("%d %s %v\n", 1, "x", nil)
	first(three())
	first(one())
	first(two())
	pair(seek(3))
	fmt.Println(none(three()), none(one()), none())
	s := fmt.Sprint(two())
	fmt.Println(s)
}
