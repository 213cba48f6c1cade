// goto may not jump over a variable declaration in its block or into a block (for, if, switch clauses, plain blocks).
package main

func main() {
	goto A // ERROR `goto A jumps over declaration of x at .*:6:4`
	x := 1
A:
	_ = x
	goto B // ERROR `goto B jumps into block starting at .*:10:25`
	for i := 0; i < 1; i++ {
	B:
		_ = i
	}
	goto C // ERROR `goto C jumps into block starting at .*:15:10`
	if true {
	C:
	} else {
	}
	goto D // ERROR `goto D jumps into block starting at .*:21:2`
	switch {
	case true:
	D:
	}
	var y int
	goto E // ERROR `goto E jumps over declaration of z at .*:26:6`
	var z = 2
E:
	_, _ = y, z
F:
	w := 3
	_ = w
	if w > 0 {
		goto F
	}
	goto G
	{
		var v int
		_ = v
	}
G:
}
