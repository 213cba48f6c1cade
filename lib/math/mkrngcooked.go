//go:build ignore

// mkrngcooked prints rngCooked, the table lib/math/rand.go mixes into every
// seed, as go1.19 defines it: the 607 words of the additive lagged Fibonacci
// generator (y[k] = y[k-273] + y[k-607] mod 2^64) after 7.8e12 steps from the
// state that seeding with 1 gives (three Lehmer steps x = 48271*x mod 2^31-1
// per word, shifted by 20 and 10 bits). 7.8e12 steps are not run one by one:
// y[k] for large k is a linear combination of the 607 initial words, with the
// coefficients of x^k mod (x^607 - x^334 - 1), found by repeated squaring.
// Run: go run lib/math/mkrngcooked.go > /tmp/t (then paste into rand.go)
package main

import "fmt"

const (
	length = 607
	tap    = 273
	steps  = 7800000000000
)

type poly [length]uint64

// mulmod returns a*b mod x^607 - x^334 - 1: x^d for d >= 607 is
// x^(d-273) + x^(d-607).
func mulmod(a, b *poly) *poly {
	var p [2*length - 1]uint64
	for i, ai := range a {
		if ai == 0 {
			continue
		}
		for j, bj := range b {
			p[i+j] += ai * bj
		}
	}
	for d := 2*length - 2; d >= length; d-- {
		p[d-tap] += p[d]
		p[d-length] += p[d]
	}
	var r poly
	copy(r[:], p[:length])
	return &r
}

// timesx returns a*x mod the same polynomial.
func timesx(a *poly) *poly {
	var r poly
	top := a[length-1]
	copy(r[1:], a[:length-1])
	r[length-tap] += top
	r[0] += top
	return &r
}

// xpow returns x^n mod the polynomial.
func xpow(n uint64) *poly {
	result, base := &poly{}, &poly{}
	result[0] = 1
	base[1] = 1
	for ; n > 0; n >>= 1 {
		if n&1 == 1 {
			result = mulmod(result, base)
		}
		base = mulmod(base, base)
	}
	return result
}

// lehmer is one step of the Park-Miller generator, by Schrage's method.
func lehmer(x int32) int32 {
	x = 48271*(x%44488) - 3399*(x/44488)
	if x < 0 {
		x += 1<<31 - 1
	}
	return x
}

// initial returns the generator's words after seeding with 1, as the
// sequence y[-606..0] (y[j] is vec[(-273-j) mod 607]: the generator writes
// the words in decreasing positions, starting at 334, reading 273 behind).
func initial() []uint64 {
	var vec [length]uint64
	x := int32(1)
	for i := -20; i < length; i++ {
		x = lehmer(x)
		if i >= 0 {
			u := uint64(x) << 20
			x = lehmer(x)
			u ^= uint64(x) << 10
			x = lehmer(x)
			u ^= uint64(x)
			vec[i] = u
		}
	}
	y := make([]uint64, length)
	for j := -606; j <= 0; j++ {
		y[j+606] = vec[((-273-j)%length+length)%length]
	}
	return y
}

func main() {
	y0 := initial()
	// After `steps` steps, position p holds y[k] for the last k <= steps with
	// k = 334 - p mod 607; y[k] = sum c[i]*y0[i] for x^(k+606) = sum c[i] x^i.
	var vec [length]uint64
	first := uint64(steps - length + 1)
	c := xpow(first + 606)
	for k := first; k <= steps; k++ {
		var v uint64
		for i, ci := range c {
			v += ci * y0[i]
		}
		p := ((334-int64(k%length))%length + length) % length
		vec[p] = v
		c = timesx(c)
	}
	fmt.Println("var rngCooked = [rngLen]int64{")
	for i := 0; i < length; i += 3 {
		fmt.Print("\t")
		for j := i; j < i+3 && j < length; j++ {
			fmt.Printf("%d,", int64(vec[j]))
			if j+1 < i+3 && j+1 < length {
				fmt.Print(" ")
			}
		}
		fmt.Println()
	}
	fmt.Println("}")
}
