// x.(T) on an any for concrete T of every shape: the type word is compared
// with &type.T, the data word used as is (pointer-shaped T) or loaded.
package main

type P struct{ x, y int }
type One struct{ p *int }
type Arr [3]int
type MyInt int

func main() {
	n := 42
	vals := []any{7, "str", P{1, 2}, &P{3, 4}, One{&n}, Arr{5, 6, 7}, []int{8, 9}, 2.5, float32(1.25),
		MyInt(-3), true, uint8(200), map[string]int{"a": 1}, int16(-7), [1]*int{&n}}
	println(vals[0].(int) + 1)
	println(vals[1].(string) + "!")
	println(vals[2].(P).x, vals[2].(P).y)
	println(vals[3].(*P).y)
	println(*vals[4].(One).p)
	a := vals[5].(Arr)
	println(a[0], a[1], a[2], len(vals[5].(Arr)))
	println(len(vals[6].([]int)), vals[6].([]int)[1])
	println(vals[7].(float64) * 2)
	println(vals[8].(float32) + 1)
	println(vals[9].(MyInt) * 2)
	println(vals[10].(bool), vals[11].(uint8))
	println(vals[12].(map[string]int)["a"])
	println(vals[13].(int16))
	println(*vals[14].([1]*int)[0])
	p := vals[3].(*P)
	p.x = 100
	println(vals[3].(*P).x)
}
