package main

func bubble(s []int) {
	for n := len(s); n > 1; n-- {
		swapped := false
		for i := 1; i < n; i++ {
			if s[i-1] > s[i] {
				s[i-1], s[i] = s[i], s[i-1]
				swapped = true
			}
		}
		if !swapped {
			break
		}
	}
}

func insertion(s []string) {
	for i := 1; i < len(s); i++ {
		v := s[i]
		j := i - 1
		for j >= 0 && s[j] > v {
			s[j+1] = s[j]
			j--
		}
		s[j+1] = v
	}
}

type person struct {
	name string
	age  int
}

// byAge sorts stably by age (insertion sort keeps equal elements in order).
func byAge(ps []person) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && ps[j-1].age > ps[j].age; j-- {
			ps[j-1], ps[j] = ps[j], ps[j-1]
		}
	}
}

func mergeSort(s []int) []int {
	if len(s) <= 1 {
		return s
	}
	m := len(s) / 2
	l, r := mergeSort(s[:m]), mergeSort(s[m:])
	out := make([]int, 0, len(s))
	i, j := 0, 0
	for i < len(l) && j < len(r) {
		if l[i] <= r[j] {
			out = append(out, l[i])
			i++
		} else {
			out = append(out, r[j])
			j++
		}
	}
	out = append(out, l[i:]...)
	return append(out, r[j:]...)
}

func quick(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quick(a[:j+1])
	quick(a[i:])
}

func show(s []int) {
	for _, v := range s {
		print(v, " ")
	}
	println()
}

func main() {
	s := []int{5, 2, 9, 1, 5, 6, -3, 0, 12, 7}
	b := append([]int(nil), s...)
	bubble(b)
	show(b)
	show(s)
	show(mergeSort(s))
	q := append([]int{}, s...)
	quick(q)
	show(q)
	words := []string{"pear", "apple", "fig", "banana", "apple", "cherry"}
	insertion(words)
	for _, w := range words {
		print(w, " ")
	}
	println()
	ps := []person{{"ann", 30}, {"bob", 25}, {"cy", 30}, {"di", 20}, {"ed", 25}}
	byAge(ps)
	for _, p := range ps {
		print(p.name, ":", p.age, " ")
	}
	println()
	// A pseudo-random slice of 1000 numbers.
	r := make([]int, 1000)
	x := uint32(12345)
	for i := range r {
		x = x*1103515245 + 12345
		r[i] = int(x>>16) % 1000
	}
	quick(r)
	ok := true
	for i := 1; i < len(r); i++ {
		if r[i-1] > r[i] {
			ok = false
		}
	}
	println(ok, r[0], r[500], r[999])
}
