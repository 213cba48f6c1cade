// mgc-only: go1.19 accepts this program; recover()'s value may only be compared
// with nil or passed to panic until interfaces are lowered, and the support gate
// must say so rather than crash.
package main

func use(v any) {} // ERROR "interfaces are not yet supported by mgc"

func main() {
	defer func() {
		r := recover()
		println(r) // ERROR "interfaces are not yet supported by mgc"
		use(r)
		var s any = r // ERROR "interfaces are not yet supported by mgc"
		_ = s
	}()
	panic(1)
}
