// Assertions on map elements and keys of interface type, and on slice
// elements, with comma-ok in loops.
package main

type K struct{ a, b int }

func main() {
	m := map[any]any{1: "one", "two": 2, K{1, 2}: 3.5, 2.5: []int{4}}
	n, sum, text := 0, 0.0, 0
	for k, v := range m {
		if i, ok := k.(int); ok {
			text += i + len(v.(string))
			n++
		}
		if s, ok := v.(int); ok {
			text += s + len(k.(string))
			n++
		}
		if kk, ok := k.(K); ok {
			sum += float64(kk.a+kk.b) + v.(float64)
			n++
		}
	}
	println(n, sum, text, m[2.5].([]int)[0], m[K{1, 2}].(float64))
	xs := []any{int8(1), int16(2), int32(3), int64(4), uint8(5)}
	t := int64(0)
	for _, x := range xs {
		switch v := x.(type) {
		case int8:
			t += int64(v)
		case int16:
			t += int64(v)
		case int32:
			t += int64(v)
		case int64:
			t += v
		case uint8:
			t += int64(v)
		}
	}
	println(t)
}
