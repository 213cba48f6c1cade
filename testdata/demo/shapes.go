// shapes: the `make demo` program. Areas and perimeters of a few shapes in
// whole units, a table of squares, and a rectangle drawn with println.
package main

const (
	Rect = iota
	Square
	Triangle
)

func name(kind int) string {
	if kind == Rect {
		return "rectangle"
	} else if kind == Square {
		return "square"
	}
	return "right triangle"
}

// area and perimeter of a shape with sides w and h (for a right triangle, the
// two legs; its hypotenuse is found by searching for an integer root).
func measure(kind, w, h int) (int, int) {
	if kind == Rect {
		return w * h, 2 * (w + h)
	} else if kind == Square {
		return w * w, 4 * w
	}
	return w * h / 2, w + h + isqrt(w*w+h*h)
}

func isqrt(n int) int {
	r := 0
	for (r+1)*(r+1) <= n {
		r++
	}
	return r
}

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

func draw(w, h int) {
	println("+" + repeat("-", w) + "+")
	for i := 0; i < h; i++ {
		println("|" + repeat(" ", w) + "|")
	}
	println("+" + repeat("-", w) + "+")
}

func main() {
	println("Shapes, computed by a Go program compiled with mgc")
	println()
	total := 0
	for kind := Rect; kind <= Triangle; kind++ {
		w, h := 3+kind, 4+kind*4
		if kind == Square {
			h = w
		}
		area, perimeter := measure(kind, w, h)
		total += area
		println(name(kind), w, "x", h, "-> area", area, "perimeter", perimeter)
	}
	println("total area:", total)
	println()
	for side := 1; side <= 5; side++ {
		a, p := measure(Square, side, side)
		println("square of side", side, "has area", a, "and perimeter", p)
	}
	println()
	draw(12, 3)
}
