// asmcheck: bounds checks the optimizer proves cannot fail (opt/prove.c);
// the ones it cannot prove stay. -N keeps every check.
package main

// range s: i < len(s) and i >= 0, so s[i] needs no check.
// nasm-opt: -`panicIndex`
// nasm-N: `call\s+runtime\.panicIndex\s`
func sum(s []int) int {
	t := 0
	for i := range s {
		t += s[i]
	}
	return t
}

// The three-clause loop over len(s) is the same.
// nasm-opt: -`panicIndex`
// nasm-N: `call\s+runtime\.panicIndex\s`
func sum2(s []int) int {
	t := 0
	for i := 0; i < len(s); i++ {
		t += s[i]
	}
	return t
}

// The second check of the same index is the first one again.
// nasm-opt: `call\s+runtime\.panicIndex\s`
// nasm-opt: -`call\s+runtime\.panicIndex\s[\s\S]*call\s+runtime\.panicIndex\s`
func twice(s []int, i int) int {
	return s[i] + s[i]*2
}

// i <= len(s) does not prove s[i]: the check stays (and fails at the end).
// nasm: `call\s+runtime\.panicIndex\s`
func overrun(s []int) int {
	t := 0
	for i := 0; i <= len(s); i++ {
		t += s[i]
	}
	return t
}

// A loop bound by another slice's length proves nothing about s.
// nasm: `call\s+runtime\.panicIndex\s`
func other(s, u []int) int {
	t := 0
	for i := range u {
		t += s[i]
	}
	return t
}

// A counter that starts below zero is not known to be non-negative.
// nasm: `call\s+runtime\.panicIndex\s`
func fromMinus(s []int) int {
	t := 0
	for i := -1; i < len(s); i++ {
		t += s[i]
	}
	return t
}

// s[:j] checks j <= cap(s) and 0 <= j as unsigned compares; the second,
// j+1 <u 0, cannot hold (opt/sccp.c), so only one check is left.
// nasm-opt: -`test\s+r\w+, r\w+\n\s+jb\s`
// nasm-opt: `call\s+runtime\.panicSlice`
func prefix(s []int, j int) []int {
	return s[:j+1]
}

// s[i:] after the tests i >= 0 and i <= len(s): the check lo <= hi
// (panicSliceB) cannot fail; only len(s) <= cap(s) is checked.
// nasm-opt: -`call\s+runtime\.panicSliceB\s`
// nasm-opt: `call\s+runtime\.panicSliceAcap`
// nasm-N: `call\s+runtime\.panicSliceB\s`
func tail(s []int, i int) []int {
	if i >= 0 {
		if i <= len(s) {
			return s[i:]
		}
	}
	return nil
}

// s[i:] under the loop condition i < len(s), i counting up from 0.
// nasm-opt: -`call\s+runtime\.panicSliceB\s`
func tails(s []int) int {
	t := 0
	for i := 0; i < len(s); i++ {
		t += len(s[i:])
	}
	return t
}

func main() {
	s := []int{1, 2, 3}
	println(len(tail(s, 1)), tails(s))
	println(sum(s), sum2(s), twice(s, 1), other(s, s[:2]), len(prefix(s, 1)))
}
