package main

import (
	"fmt"
	"sort"
)

// sort.Sort and sort.Slice leave equal elements where go1.19's pdqsort
// leaves them: ranges of 13 elements and more, random, sorted, reversed,
// few distinct keys, and the patterns that make pdqsort break patterns and
// fall back to heapsort. Each line is a checksum of the original positions
// in the sorted order.

type item struct{ key, pos int }

type byKey []item

func (s byKey) Len() int           { return len(s) }
func (s byKey) Less(i, j int) bool { return s[i].key < s[j].key }
func (s byKey) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

var seed uint32 = 12345

func rnd(n int) int {
	seed = seed*1664525 + 1013904223
	return int(seed>>8) % n
}

func make_(n, kind int) []item {
	s := make([]item, n)
	for i := range s {
		switch kind {
		case 0:
			s[i].key = rnd(n)
		case 1:
			s[i].key = rnd(4)
		case 2:
			s[i].key = i / 3
		case 3:
			s[i].key = (n - i) / 3
		case 4:
			s[i].key = i % 7
		case 5:
			if i%2 == 0 {
				s[i].key = i
			} else {
				s[i].key = n - i
			}
		}
		s[i].pos = i
	}
	return s
}

func sum(s []item) uint32 {
	h := uint32(2166136261)
	for i, it := range s {
		if i > 0 && s[i-1].key > it.key {
			return 0
		}
		h = (h ^ uint32(it.pos)) * 16777619
	}
	return h
}

func main() {
	for _, n := range []int{12, 13, 20, 49, 50, 51, 64, 100, 257, 1000, 3000} {
		for kind := 0; kind < 6; kind++ {
			a := make_(n, kind)
			b := make_(n, kind)
			copy(b, a)
			sort.Sort(byKey(a))
			sort.Slice(b, func(i, j int) bool { return b[i].key < b[j].key })
			fmt.Println(n, kind, sum(a), sum(b))
		}
	}
	names := []string{"b", "a", "c", "a", "b", "a", "c", "c", "b", "a", "b", "c", "a", "b"}
	idx := make([]int, len(names))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(i, j int) bool { return names[idx[i]] < names[idx[j]] })
	fmt.Println(idx)
}
