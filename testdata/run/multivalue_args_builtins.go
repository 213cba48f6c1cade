// The built-ins that take two or more arguments, given a multi-value call
// (Go spec: Calls, "f(g())"; Built-in functions): append(g()) with g
// returning the slice and the values to append, copy(g()), delete(g()),
// print(g()) and println(g()). Values appended to a []any and keys of a
// map[any]V are converted to the interface.
package main

import "fmt"

var calls int

func slice3() ([]int, int, int) {
	calls++
	return []int{7}, 8, 9
}

func slice1() ([]string, string) { return nil, "only" }

func slices() ([]int, []int) { return make([]int, 2), []int{5, 6, 7} }

func bytesFrom() ([]byte, string) { return make([]byte, 3), "hello" }

func anys() ([]any, int, string, *int) { return []any{true}, 1, "two", nil }

var m = map[string]int{"a": 1, "b": 2}

func mapKey() (map[string]int, string) {
	calls++
	return m, "a"
}

var im = map[any]int{1: 10, "x": 20}

func anyKey() (map[any]int, string) { return im, "x" }

func two() (int, int)                { return 1, 2 }
func mixed() (string, float64, bool) { return "s", 2.5, true }
func refs() (*int, error, string)    { return nil, nil, "" }

func main() {
	calls = 0
	s := append(slice3())
	fmt.Println(s, len(s), calls)
	fmt.Println(append(slice1()))
	fmt.Println(append(anys())...)

	dst, src := slices()
	fmt.Println(copy(slices()), copy(dst, src), dst)
	b, str := bytesFrom()
	fmt.Println(copy(bytesFrom()), copy(b, str), string(b))

	calls = 0
	delete(mapKey())
	fmt.Println(m, calls)
	delete(anyKey())
	fmt.Println(im)

	println(two())
	print(two())
	print("\n")
	println(mixed())
	print(mixed())
	println()
	println(refs())
}
