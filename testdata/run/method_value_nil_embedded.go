// A value method reached through a nil embedded pointer panics when the
// method value is made or the call is made, even for a zero-size receiver.
package main

type T1 struct{ T2 }
type T2 struct{ *T3 }
type T3 struct{ *T4 }
type T4 struct{}

func (t4 T4) M(x int, b byte) (byte, int) { return b, x + 40 }

type Tinter interface{ M(int, byte) (byte, int) }

func try(name string, f func()) {
	defer func() { println(name, recover() != nil) }()
	f()
}

func main() {
	var f func(int, byte) (byte, int)
	try("t1", func() { var t1 T1; f = t1.M })
	try("i", func() { var i Tinter; f = i.M })
	var t4 T4
	try("t4", func() { f = t4.M })
	println(f != nil)
}

type T3b struct{ *T4 }

func nilPaths() {
	var f func(int, byte) (byte, int)
	try("t3", func() { var t3 T3b; f = t3.M })
	try("call", func() { var t3 T3b; t3.M(1, 2) })
	try("ptr", func() { var p *T4; p.M(1, 2) })
	try("wrapper", func() { var p *T4; g := (*T4).M; g(p, 1, 2) })
	println(f == nil)
}

func init() { nilPaths() }
