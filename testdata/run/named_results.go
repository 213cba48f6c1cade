// named_results: named results start at zero, bare return returns their current values.
package main

func divmod(a, b int) (q, r int) {
	if b == 0 {
		return
	}
	q = a / b
	r = a - q*b
	return
}

func split(s string) (head string, tail string, ok bool) {
	if len(s) == 0 {
		return
	}
	head, tail = s[:1], s[1:]
	ok = true
	return head, tail, ok
}

func count(s string) (vowels, others int) {
	for _, c := range s {
		switch c {
		case 'a', 'e', 'i', 'o', 'u':
			vowels++
		default:
			others++
		}
	}
	return
}

func main() {
	println(divmod(17, 5))
	println(divmod(-17, 5))
	println(divmod(1, 0))
	println(split("hello"))
	println(split(""))
	println(count("education"))
}
