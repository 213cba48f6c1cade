// return statements must supply exactly the declared results (have/want lines), or none when results are named.
package main

type P struct{ x int }

func none() {
	return 1 // ERROR `too many return values(\n\thave \(number\)\n\twant \(\))?$`
}

func one() int {
	return // ERROR `not enough return values(\n\thave \(\)\n\twant \(int\))?$`
}

func two() (int, string) {
	return 1 // ERROR `not enough return values(\n\thave \(number\)\n\twant \(int, string\))?$`
}

func three() (P, []int, error) {
	return P{}, nil, nil, nil // ERROR `too many return values(\n\thave \(P, nil, nil, nil\)\n\twant \(P, \[\]int, error\))?$`
}

func named() (x int, err error) {
	return 1 // ERROR `not enough return values(\n\thave \(number\)\n\twant \(int, error\))?$`
}

func fromCall() (int, int) {
	return two() // ERROR `cannot use two\(\) \(value of type string\) as type int in return statement`
}

func fwd() int {
	return two() // ERROR `too many return values(\n\thave \(int, string\)\n\twant \(int\))?$`
}

func main() {}
