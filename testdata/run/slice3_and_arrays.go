package main

func main() {
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := arr[2:5]
	println(len(s), cap(s), s[0], s[2])
	s = s[1:6] // reslicing up to the capacity
	println(len(s), cap(s), s[4])
	t := arr[2:4:6]
	println(len(t), cap(t))
	t = t[:4]
	println(t[3], len(t), cap(t))
	u := arr[:0:0]
	println(len(u), cap(u))
	u = append(u, 100)
	println(arr[0], u[0])
	// A slice of an array aliases it.
	w := arr[:]
	w[7] = 70
	println(arr[7], len(w), cap(w))
	// Slices of slices of arrays.
	v := arr[1:][2:][1:3]
	println(v[0], v[1], len(v), cap(v))
	// Three-index slices of a slice.
	base := make([]int, 5, 10)
	x := base[1:3:4]
	println(len(x), cap(x))
	x = append(x, 1) // fits
	x = append(x, 2) // reallocates
	x[0] = 9
	println(base[1], base[3], len(x), cap(x))
	// Slicing a pointer to an array.
	pa := &arr
	ps := pa[3:5]
	ps[0] = -3
	println(arr[3], len(pa[:]), cap(pa[5:]))
	// Slicing strings and byte slices.
	str := "hello, world"
	println(str[7:], str[:5], str[3:3] == "")
	bs := []byte(str)[7:12:12]
	println(string(bs), cap(bs))
	// Omitted bounds.
	all := s[:]
	println(len(all), cap(all), len(arr[5:]), len(arr[:5]))
	// Integer bounds of other types.
	var lo int8 = 1
	var hi uint16 = 3
	println(len(arr[lo:hi]), arr[lo:hi][1])
}
