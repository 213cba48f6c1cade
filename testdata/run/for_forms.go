// for_forms: the three for forms (clauses, condition only, forever) with break and continue.
package main

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		sum += i
	}
	println("sum", sum)

	n := 1
	for n < 1000 {
		n *= 2
	}
	println("n", n)

	count := 0
	for {
		count++
		if count == 7 {
			break
		}
	}
	println("count", count)

	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			continue
		}
		print(i, " ")
	}
	println()

	j := 10
	for ; j > 0; j -= 3 {
	}
	println("j", j)

	k := 0
	for k < 5 {
		k++
		if k == 2 {
			continue
		}
		print(k, ";")
	}
	println()

	for i := 5; ; i-- {
		if i < 0 {
			break
		}
		print(i)
	}
	println()
}
