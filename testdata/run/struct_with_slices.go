package main

type Buffer struct {
	data []byte
	name string
}

func write(b *Buffer, s string) {
	b.data = append(b.data, s...)
}



func main() {
	var b Buffer
	write(&b, "hello")
	write(&b, ", ")
	write(&b, "world")
	println(string(b.data), len(b.data))

	// Copying a struct copies the slice header, not the elements.
	c := b
	c.data[0] = 'H'
	println(string(b.data[:5]), string(c.data[:5]))
	// But appending to the copy does not change the original's length.
	c.data = append(c.data, '!')
	println(len(b.data), len(c.data))

	// A slice of structs holding slices.
	type row struct {
		cells []int
	}
	rows := make([]row, 3)
	for i := range rows {
		for j := 0; j <= i; j++ {
			rows[i].cells = append(rows[i].cells, i*10+j)
		}
	}
	for _, r := range rows {
		println(len(r.cells), r.cells[len(r.cells)-1])
	}
	// Arrays of slices.
	var buckets [3][]string
	for i, w := range []string{"a", "bb", "ccc", "dd", "e"} {
		k := len(w) - 1
		buckets[k] = append(buckets[k], w)
		_ = i
	}
	println(len(buckets[0]), len(buckets[1]), len(buckets[2]), buckets[1][1])
}
