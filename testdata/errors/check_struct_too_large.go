// mgc-only: go1.19 stops on this program with an internal compiler error
// ("bad type: struct { ... }"); the message here is the one its layout of
// struct types (types.calcStructOffset) gives for fields that end at or past
// 1<<50 bytes (types.MaxWidth on amd64), each field being small enough.
package main

type S struct { // ERROR "type struct { a \[562949953421312\]byte; b \[562949953421312\]byte } too large"
	a [1 << 49]byte
	b [1 << 49]byte
}

type Fits struct {
	a [1 << 49]byte
	b [1<<49 - 1]byte
}

func main() {
	var p *S
	var q *Fits
	println(p, q)
}
