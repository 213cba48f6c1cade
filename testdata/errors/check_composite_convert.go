// Conversions between composite types need identical underlying types (ignoring tags); element types are not converted.
package main

type Pair struct{ a, b int }

type Same struct{ a, b int }

type Named struct{ x, y int }

type Wider struct{ a, b, c int }

type PP *Pair

func main() {
	s := []int{1}
	p := Pair{}
	var ptr *Pair
	_ = []int64(s) // ERROR `cannot convert s \(variable of type \[\]int\) to type \[\]int64`
	_ = [1]int(s)  // ERROR `cannot convert s \(variable of type \[\]int\) to type \[1\]int`
	_ = Same(p)
	_ = Named(p) // ERROR `cannot convert p \(variable of type Pair\) to type Named`
	_ = Wider(p) // ERROR `cannot convert p \(variable of type Pair\) to type Wider`
	_ = (*Same)(ptr)
	_ = (*Named)(ptr) // ERROR `cannot convert ptr \(variable of type \*Pair\) to type \*Named`
	_ = PP(ptr)
	_ = map[string]int(map[string]int64{}) // ERROR `cannot convert map\[string\]int64\{\} \(value of type map\[string\]int64\) to type map\[string\]int`
	_ = []byte([]rune("x"))                // ERROR `cannot convert \[\]rune\("x"\) \(value of type \[\]rune\) to type \[\]byte`
	_ = string([]int{65})                  // ERROR `cannot convert \[\]int\{…\} \(value of type \[\]int\) to type string`
	_ = []string("abc")                    // ERROR `cannot convert "abc" \(untyped string constant\) to type \[\]string`
	_ = struct{ a, b int }(p)
	_ = Pair(struct {
		a int `tag:"x"`
		b int
	}{})
}
