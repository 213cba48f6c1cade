// Deferred calls and recover work in init functions; main still runs.
package main

var state = "unset"

func init() {
	defer func() {
		if recover() != nil {
			state = "init recovered"
		}
	}()
	var a []int
	_ = a[3]
}

func main() {
	println(state)
}
