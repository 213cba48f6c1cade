// range_string: for i, r := range s yields byte offsets and runes; the other forms.
package main

func main() {
	s := "aé世😀z"
	for i, r := range s {
		println(i, r, string(r), len(string(r)))
	}
	count := 0
	for i := range s {
		count += i
	}
	println(count)
	n := 0
	for range s {
		n++
	}
	println(n, len(s))
	for _, r := range "xy" {
		println(r)
	}
	for i, _ := range "" {
		println("never", i)
	}
	const k = "const"
	for i, r := range k {
		print(i, ":", string(r), " ")
	}
	println()
}
