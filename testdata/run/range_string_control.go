// range_string_control: break, continue, labels, and changes to the variables or the operand inside the body.
package main

var gi int
var gr rune

func main() {
	s := "abcdef"
	for i, r := range s {
		if r == 'b' {
			continue
		}
		if i == 4 {
			break
		}
		print(string(r))
	}
	println()
outer:
	for i, a := range "xyz" {
		for j, b := range "123" {
			if b == '2' {
				continue outer
			}
			if a == 'z' {
				break outer
			}
			println(i, j, string(a)+string(b))
		}
	}
	for i, r := range s {
		i += 10
		r = 'Z'
		s = "changed"
		print(i, string(r), " ")
	}
	println(s)
	for gi, gr = range "héé" {
	}
	println(gi, gr)
	var last int
	for last = range "four" {
	}
	println(last)
	total := 0
	for _, r := range "9a8b7" {
		switch {
		case r >= '0' && r <= '9':
			total += int(r - '0')
			continue
		}
		total *= 2
	}
	println(total)
}
