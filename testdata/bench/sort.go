// sort: sort.Sort through sort.Interface (interface calls to Len, Less and
// Swap), sort.Ints, and a hand-written quicksort over a slice.
package main

import (
	"os"
	"sort"
)

func work(n int) int {
	if len(os.Args) > 1 && os.Args[1] == "small" {
		return n / 20
	}
	return n
}

type byKey []int

func (s byKey) Len() int           { return len(s) }
func (s byKey) Less(i, j int) bool { return s[i]%1000 < s[j]%1000 || (s[i]%1000 == s[j]%1000 && s[i] < s[j]) }
func (s byKey) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func quicksort(a []int) {
	for len(a) > 1 {
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
		if j+1 < len(a)-i {
			quicksort(a[:j+1])
			a = a[i:]
		} else {
			quicksort(a[i:])
			a = a[:j+1]
		}
	}
}

func fill(a []int, seed int) {
	x := seed
	for i := range a {
		x = (x*1103515245 + 12345) % 2147483648
		a[i] = x
	}
}

func main() {
	n := work(400000)
	a := make([]int, n)
	fill(a, 1)
	sort.Sort(byKey(a))
	println(a[0], a[n/2], a[n-1])
	fill(a, 2)
	sort.Ints(a)
	println(a[0], a[n/2], a[n-1])
	fill(a, 3)
	quicksort(a)
	println(a[0], a[n/2], a[n-1], sort.IntsAreSorted(a))
}
