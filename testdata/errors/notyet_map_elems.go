// mgc-only: go1.19 accepts this program; maps are lowered, but the support
// gate still rejects maps whose keys or elements are of types codegen does
// not hold yet, and says which.
package main

func main() {
	var b map[interface{}]int // ERROR "interfaces are not yet supported by mgc"
	var c map[string]error    // ERROR "interfaces are not yet supported by mgc"
	println(b == nil, c == nil)
}
