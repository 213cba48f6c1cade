// A deferred closure recovers and sets the named result.
package main

func safe() (r string) {
	defer func() {
		if e := recover(); e != nil {
			r = "recovered"
		}
	}()
	panic("boom")
}

func main() {
	defer println("done")
	println(safe())
}
