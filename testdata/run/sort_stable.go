package main

import (
	"fmt"
	"sort"
)

type rec struct {
	key, seq int
	name     string
}

type byKey []rec

func (r byKey) Len() int           { return len(r) }
func (r byKey) Less(i, j int) bool { return r[i].key < r[j].key }
func (r byKey) Swap(i, j int)      { r[i], r[j] = r[j], r[i] }

type byName []rec

func (r byName) Len() int           { return len(r) }
func (r byName) Less(i, j int) bool { return r[i].name < r[j].name }
func (r byName) Swap(i, j int)      { r[i], r[j] = r[j], r[i] }

func main() {
	var rs []rec
	names := []string{"pear", "apple", "fig", "kiwi", "plum"}
	for i := 0; i < 300; i++ {
		rs = append(rs, rec{(i * 37) % 7, i, names[(i*13)%5]})
	}
	sort.Stable(byName(rs))
	sort.Stable(byKey(rs))
	ok := true
	for i := 1; i < len(rs); i++ {
		a, b := rs[i-1], rs[i]
		if a.key > b.key || a.key == b.key && (a.name > b.name || a.name == b.name && a.seq > b.seq) {
			ok = false
		}
	}
	fmt.Println(ok)
	for _, r := range rs[:12] {
		fmt.Print(r, " ")
	}
	fmt.Println()
	small := []rec{{2, 0, "x"}, {1, 1, "y"}, {2, 2, "z"}, {1, 3, "w"}}
	sort.Stable(byKey(small))
	fmt.Println(small)
	sort.Stable(byKey(nil))
}
