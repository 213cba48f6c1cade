// String keys: empty, long, built at run time, sharing prefixes.
package main

func main() {
	m := map[string]int{}
	m[""] = 1
	s := ""
	for i := 0; i < 50; i++ {
		s += string(rune('a' + i%26))
		m[s] = i
	}
	println(len(m), m[""], m["a"], m["ab"], m["abcdefghijklmnopqrstuvwxyza"], m[s])
	long := ""
	for i := 0; i < 1000; i++ {
		long += "x"
	}
	m[long] = 42
	println(m[long[:999]+"x"], m[long[:999]])
	b := []byte("hello")
	m[string(b)] = 7
	b[0] = 'j'
	println(m["hello"], m["jello"], m[string(b)])
}
