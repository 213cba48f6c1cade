// opt_prove: loops whose bounds checks opt/prove.c removes or keeps; the
// checks it keeps still fail with Go's messages.
package main

func sum(s []int) int {
	t := 0
	for i := range s {
		t += s[i]
	}
	return t
}

func sumLen(s []int) int {
	t := 0
	for i := 0; i < len(s); i++ {
		t += s[i] * i
	}
	return t
}

func step2(s []int) int {
	t := 0
	for i := 0; i < len(s); i += 2 {
		t += s[i]
	}
	return t
}

func down(s []int) int {
	t := 0
	for i := len(s) - 1; i >= 0; i-- {
		t = t*3 + s[i]
	}
	return t
}

func masked(s []byte, n int) int {
	t := 0
	for k := 0; k < n; k++ {
		t += int(s[k&7])
	}
	return t
}

func overrun(s []int) (t int) {
	defer func() {
		if r := recover(); r != nil {
			println("recovered:", r.(error).Error())
		}
	}()
	for i := 0; i <= len(s); i++ {
		t += s[i]
	}
	return t
}

func fromMinus(s []int) (t int) {
	defer func() {
		if r := recover(); r != nil {
			println("recovered:", r.(error).Error())
		}
	}()
	for i := -1; i < len(s); i++ {
		t += s[i]
	}
	return t
}

func shrinking(s []int) int {
	t := 0
	for i := 0; i < len(s); i++ {
		t += s[i]
		if i == 1 {
			s = s[:1]
		}
	}
	return t
}

func main() {
	s := []int{3, 1, 4, 1, 5, 9, 2, 6}
	b := []byte("abcdefgh")
	println(sum(s), sumLen(s), step2(s), down(s), masked(b, 20))
	println(overrun(s))
	println(fromMinus(s))
	println(shrinking(s))
	var empty []int
	println(sum(empty), sumLen(nil), step2(s[:1]), down(empty))
}
