// A function with results must end in a terminating statement (Go spec:
// Terminating statements); an infinite for without break is one.
package main

func f(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"

func g() bool {
	for {
	}
}

func h() string {
	for {
		break
	}
} // ERROR "missing return"

func k(x int) int {
	if x > 0 {
		return 1
	} else {
		panic("no")
	}
}

func main() {
	f(1)
	g()
	h()
	k(1)
}
