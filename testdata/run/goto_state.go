// goto_state: a state machine written with goto, jumping forward and backward.
package main

func classify(s string) string {
	i := 0
	digits := 0
start:
	if i == len(s) {
		goto done
	}
	if s[i] >= '0' && s[i] <= '9' {
		digits++
		i++
		goto start
	}
	return "not a number"
done:
	if digits == 0 {
		return "empty"
	}
	return "number"
}

func main() {
	println(classify("12345"), classify("12a"), classify(""))
	i := 0
back:
	i++
	if i < 5 {
		goto back
	}
	println(i)
}
