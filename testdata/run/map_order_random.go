// Iteration order is randomised: over many fresh iterations of the same map,
// more than one first key shows up (as with go1.19). The output is only
// whether that happened.
package main

func main() {
	m := map[int]int{}
	for i := 0; i < 8; i++ {
		m[i] = i
	}
	firsts := map[int]bool{}
	for trial := 0; trial < 200; trial++ {
		for k := range m {
			firsts[k] = true
			break
		}
	}
	println(len(firsts) > 1)
}
