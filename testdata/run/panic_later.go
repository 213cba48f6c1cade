// After a recovered panic, a later unrecovered one is reported alone.
package main

func safe() {
	defer func() { recover() }()
	panic("recovered one")
}

func main() {
	safe()
	println("between")
	defer println("deferred in main")
	var m []string
	println(m[0])
}
