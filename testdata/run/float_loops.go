// float_loops: loops whose counters and conditions are floats: 0.1 steps that
// never land exactly on 1, break and continue on float tests, a labeled
// loop, and a goto loop that halves until the value stops changing.
package main

func main() {
	n := 0
	last := 0.0
	for x := 0.0; x < 1; x += 0.1 {
		n++
		last = x
	}
	println(n, last, last+0.1 == 1)

	var y float32
	steps := 0
	for y != 1 && steps < 20 {
		y += 0.125 // a power of two: every sum is exact
		steps++
	}
	println(steps, y)

	sum := 0.0
	for i := 1.0; i <= 100; i++ {
		if i > 50 {
			break
		}
		if int(i)%2 == 0 {
			continue
		}
		sum += i
	}
	println(sum)

	found := 0.0
outer:
	for a := 1.0; a < 20; a++ {
		for b := a; b < 20; b++ {
			c := a*a + b*b
			for r := 1.0; r*r <= c; r++ {
				if r*r == c && a > 5 {
					found = a*100 + b
					break outer
				}
			}
		}
	}
	println(found)

	// Halving from 1 reaches 0 after 1075 steps, through the subnormals.
	h := 1.0
	count := 0
again:
	if h != 0 {
		h /= 2
		count++
		goto again
	}
	println(count, h)

	var h32 float32 = 1
	count = 0
	for h32 > 0 {
		h32 /= 2
		count++
	}
	println(count)
}
