// string_index_unsigned: an out-of-range uint64 index prints as unsigned (runtime.panicIndexU).
package main

func main() {
	var u uint64 = 2
	println("ok"[u-1])
	u -= 3
	println("ok"[u])
}
