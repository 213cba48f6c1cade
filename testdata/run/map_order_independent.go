// Go randomises map iteration order; this program's output does not depend
// on it: it sorts, it takes minimums and it counts.
package main

func main() {
	ages := map[string]int{"ann": 31, "bob": 25, "cy": 47, "dee": 25, "eve": 19}
	minName, minAge := "", 1000
	for name, age := range ages {
		if age < minAge || (age == minAge && name < minName) {
			minName, minAge = name, age
		}
	}
	println(minName, minAge)
	byAge := map[int]int{}
	for _, age := range ages {
		byAge[age]++
	}
	for age := 0; age < 50; age++ {
		if n, ok := byAge[age]; ok {
			println(age, n)
		}
	}
	// The same keys in several maps iterate in different orders, but the
	// set of keys is the same.
	a := map[int]bool{}
	b := map[int]bool{}
	for i := 0; i < 100; i++ {
		a[i] = true
		b[99-i] = true
	}
	same := true
	for k := range a {
		if !b[k] {
			same = false
		}
	}
	println(same)
}
