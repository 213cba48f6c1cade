// Maps of slices: append through m[k], index into m[k].
package main

func main() {
	groups := map[int][]string{}
	names := []string{"ann", "bob", "al", "bea", "carl", "cy", "amy"}
	for i := 0; i < len(names); i++ {
		n := names[i]
		groups[int(n[0])] = append(groups[int(n[0])], n)
	}
	for _, c := range "abcd" {
		g := groups[int(c)]
		print(string(c), " ", len(g), ":")
		for i := 0; i < len(g); i++ {
			print(" ", g[i])
		}
		println()
	}
	groups['a'][1] = "AL"
	println(groups['a'][1], len(groups['z']), groups['z'] == nil)
	m := make(map[string][]int)
	m["x"] = make([]int, 3, 10)
	m["x"][2] = 7
	println(len(m["x"]), cap(m["x"]), m["x"][2])
}
