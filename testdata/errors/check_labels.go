// Labels: each is defined once and used; break and continue name an enclosing
// for (or switch, for break); goto may not enter a block or skip a declaration.
package main

func main() {
unused: // ERROR "label unused defined and not used"
	for {
		break
	}
L:
	for i := 0; i < 3; i++ {
		continue L
	}
L: // ERROR "label L already defined at .*:10:1"
	println()
	break M // ERROR "break label not defined: M"
	goto N  // ERROR "label N not defined"
	for {
		continue Q // ERROR "continue label not defined: Q"
	}
	goto J // ERROR "goto J jumps over declaration of x at .*:22:4"
	x := 1
J:
	println(x)
	goto K // ERROR "goto K jumps into block starting at .*:26:2"
	{
	K:
		println()
	}
S:
	if true {
		break S // ERROR "invalid break label S"
	}
T:
	println()
	for {
		continue T // ERROR "invalid continue label T"
	}
}

func loops() int {
outer:
	for {
		for {
			break outer
		}
	}
} // ERROR "missing return"
