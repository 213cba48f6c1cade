package main

const Max = 10000

// sieve returns the number of primes below Max with a [Max]bool local.
func sieve() (int, [10]int) {
	var composite [Max]bool
	var first [10]int
	count := 0
	for i := 2; i < Max; i++ {
		if composite[i] {
			continue
		}
		if count < len(first) {
			first[count] = i
		}
		count++
		for j := i * i; j < Max; j += i {
			composite[j] = true
		}
	}
	return count, first
}

func sumArray(a [1000]int) int {
	s := 0
	for _, v := range a {
		s += v
	}
	return s
}

func fill(a *[1000]int, v int) {
	for i := range a {
		a[i] = v + i
	}
}

var global [2000]int64

func main() {
	n, first := sieve()
	println(n)
	for _, p := range first {
		print(p, " ")
	}
	println()

	var big [1000]int
	fill(&big, 1)
	println(sumArray(big))
	copyOf := big
	copyOf[999] = 0
	println(big[999], copyOf[999], sumArray(copyOf))

	for i := range global {
		global[i] = int64(i) * 3
	}
	var t int64
	for _, v := range global {
		t += v
	}
	println(t, len(global))
	// A large array of structs.
	var pts [500]struct{ x, y int32 }
	for i := range pts {
		pts[i].x = int32(i)
		pts[i].y = -int32(i)
	}
	s := 0
	for _, p := range pts {
		s += int(p.x - p.y)
	}
	println(s)
}
