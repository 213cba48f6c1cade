package main

// Found by make fuzz: a call of a variadic function whose element type is
// undefined crashed the checker (the final parameter had no element type).

func show(xs ...Stringer) { // ERROR "undefined: Stringer"
}

func main() {
	show(nil)
	show(nil, nil)
}
