// select cases, go statements and make of a channel misused (messages from
// go1.19).

package main

func f() int { return 1 }

func main() {
	c := make(chan int)
	select {
	case f(): // ERROR "select case must be send or receive \(possibly with assignment\)"
	case c <- 1:
	default:
	default: // ERROR "multiple defaults \(first at .*select_misuse.go:13:2\)"
	}
	go int(1) // ERROR "go requires function call, not conversion int\(1\) \(constant 1 of type int\)"
	go f()
	var t chan string
	t <- 1 // ERROR "cannot use 1 \(untyped int constant\) as string value in send"
	_ = make(chan int, 1, 2) // ERROR "invalid operation: make\(chan int, 1, 2\) expects 1 or 2 arguments; found 3"
}
