// A range visits each key exactly once: sums and counts do not depend on
// the (random) order.
package main

func main() {
	m := map[int]int{}
	want := 0
	for i := 1; i <= 5000; i++ {
		m[i*3] = i
		want += i * 3
	}
	for trial := 0; trial < 3; trial++ {
		sumk, sumv, n := 0, 0, 0
		for k, v := range m {
			sumk += k
			sumv += v
			n++
		}
		println(sumk == want, sumk, sumv, n)
	}
	visits := map[int]int{}
	for k := range m {
		visits[k]++
	}
	twice := 0
	for _, c := range visits {
		if c != 1 {
			twice++
		}
	}
	println(len(visits), twice)
}
