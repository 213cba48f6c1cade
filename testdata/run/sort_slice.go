package main

import (
	"fmt"
	"sort"
	"strings"
)

type point struct{ x, y int }

func main() {
	people := []struct {
		Name string
		Age  int
	}{{"Gopher", 7}, {"Alice", 55}, {"Vera", 24}, {"Bob", 75}}
	sort.Slice(people, func(i, j int) bool { return people[i].Name < people[j].Name })
	fmt.Println("By name:", people)
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println("By age:", people)
	words := strings.Fields("banana Apple cherry apple Banana date")
	sort.Slice(words, func(i, j int) bool { return strings.ToLower(words[i]) < strings.ToLower(words[j]) || strings.ToLower(words[i]) == strings.ToLower(words[j]) && words[i] < words[j] })
	fmt.Println(words)
	pts := []point{{3, 1}, {1, 2}, {2, 2}, {1, 1}, {3, 0}}
	by := "x"
	less := func(i, j int) bool {
		if by == "x" {
			return pts[i].x < pts[j].x || pts[i].x == pts[j].x && pts[i].y < pts[j].y
		}
		return pts[i].y < pts[j].y || pts[i].y == pts[j].y && pts[i].x < pts[j].x
	}
	sort.Slice(pts, less)
	fmt.Println(pts, sort.SliceIsSorted(pts, less))
	by = "y"
	fmt.Println(sort.SliceIsSorted(pts, less))
	sort.Slice(pts, less)
	fmt.Println(pts)
	calls := 0
	b := []byte("the quick brown fox")
	sort.Slice(b, func(i, j int) bool { calls++; return b[i] < b[j] })
	fmt.Printf("%q %v\n", b, calls > 0)
	var empty []int
	sort.Slice(empty, func(i, j int) bool { return true })
	big := make([][40]int, 50)
	for i := range big {
		big[i][39] = (i * 31) % 50
		big[i][0] = i
	}
	sort.Slice(big, func(i, j int) bool { return big[i][39] < big[j][39] })
	fmt.Println(big[0][0], big[1][0], big[49][0], big[49][39])
}
