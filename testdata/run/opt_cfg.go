// opt_cfg: tangled control flow for SSA construction and its undoing:
// labeled breaks and continues, goto, switch with fallthrough, variables
// assigned on some paths only, closures sharing a variable, and a recovered
// panic that returns named results set inside a loop.
package main

func labeled(n int) (int, int) {
	hits, last := 0, -1
outer:
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if j > i {
				continue outer
			}
			if i*j > 20 {
				break outer
			}
			hits++
			last = i*10 + j
		}
	}
	return hits, last
}

func gotos(n int) int {
	i, acc := 0, 1
loop:
	if i < n {
		acc = acc*3 + i
		i++
		if acc > 1000 {
			acc -= 999
			goto loop
		}
		goto loop
	}
	return acc
}

func switches(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		switch i % 4 {
		case 0:
			s += "a"
			fallthrough
		case 1:
			s += "b"
		case 2:
			if i > 5 {
				break
			}
			s += "c"
		default:
			s += "d"
		}
	}
	return s
}

func partial(n int) int {
	var x, y int
	for i := 0; i < n; i++ {
		if i%3 == 0 {
			x = i
		} else if i%3 == 1 {
			y = x + i
		}
	}
	return x*100 + y
}

func closures(n int) int {
	total := 0
	add := func(k int) { total += k }
	for i := 0; i < n; i++ {
		add(i)
		if total > 10 {
			total -= 5
		}
	}
	return total
}

func recovered(n int) (count int, sum int) {
	defer func() {
		if r := recover(); r != nil {
			sum = -sum
		}
	}()
	for i := 0; i < n; i++ {
		count++
		sum += i
		if i == 4 {
			var m map[string]int
			m["x"] = 1
		}
	}
	return count, sum
}

func main() {
	for n := 0; n < 8; n++ {
		h, l := labeled(n)
		c, s := recovered(n)
		println(n, h, l, gotos(n), switches(n), partial(n), closures(n), c, s)
	}
}
