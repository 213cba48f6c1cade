// Every form of range over a map, with break, continue and labels.
package main

func main() {
	m := map[int]string{1: "a", 2: "b", 3: "c", 4: "d"}
	n := 0
	for range m {
		n++
	}
	println(n)
	sum := 0
	for k := range m {
		sum += k
	}
	println(sum)
	total := ""
	count := 0
	for _, v := range m {
		if v == "b" || v == "d" {
			count++
		}
		total += "x"
	}
	println(count, total)
	var k int
	var v string
	found := false
	for k, v = range m {
		if v == "c" {
			found = true
			break
		}
	}
	println(found, k, v)
	odd := 0
	for k := range m {
		if k%2 == 0 {
			continue
		}
		odd += k
	}
	println(odd)
	pairs := 0
outer:
	for a := range m {
		for b := range m {
			if a == b {
				continue outer
			}
			pairs++
		}
	}
	println(pairs >= 0 && pairs <= 12)
	var nilmap map[string]int
	for k, v := range nilmap {
		println(k, v)
	}
}
