// mgc-only: go1.19 accepts this program; codegen does not lower defer yet and its
// support gate must say so rather than crash.
package main

func safe() (r string) {
	defer func() { // ERROR "defer statements are not yet supported by mgc"
		if e := recover(); e != nil {
			r = "recovered"
		}
	}()
	panic("boom")
}

func main() {
	defer println("done") // ERROR "defer statements are not yet supported by mgc"
	println(safe())
}
