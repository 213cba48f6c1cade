// float_mandelbrot: the Mandelbrot set in characters: nested loops over a
// grid of complex numbers (as pairs of float64), an escape-time iteration,
// and a count of the points inside, as a float ratio.
package main

func escape(cr, ci float64, limit int) int {
	zr, zi := 0.0, 0.0
	for n := 0; n < limit; n++ {
		zr2, zi2 := zr*zr, zi*zi
		if zr2+zi2 > 4 {
			return n
		}
		zr, zi = zr2-zi2+cr, 2*zr*zi+ci
	}
	return limit
}

func glyph(n, limit int) string {
	switch {
	case n == limit:
		return "#"
	case n > limit/2:
		return "+"
	case n > 4:
		return "."
	}
	return " "
}

func main() {
	const width, height, limit = 64, 24, 200
	inside := 0
	for row := 0; row < height; row++ {
		ci := 1.2 - 2.4*float64(row)/float64(height-1)
		for col := 0; col < width; col++ {
			cr := -2.1 + 2.7*float64(col)/float64(width-1)
			n := escape(cr, ci, limit)
			if n == limit {
				inside++
			}
			print(glyph(n, limit))
		}
		println()
	}
	ratio := float64(inside) / float64(width*height)
	println(inside, ratio, ratio*2.7*2.4)
}
