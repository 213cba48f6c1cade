// Recover, then continue a loop: each iteration panics in a call and recovers.
package main

func step(i int) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = "recovered"
		}
	}()
	if i%2 == 1 {
		panic(i)
	}
	return "ok"
}

func main() {
	for i := 0; i < 5; i++ {
		println(i, step(i))
	}
	for i := 0; i < 3; i++ {
		func() {
			defer func() { recover() }()
			panic("again")
		}()
		println("loop goes on", i)
	}
}
