// append's first argument must be a slice; the rest must be elements, or one slice followed by ... .
package main

func main() {
	x := 1
	s := []int{}
	_ = append(x, 1)             // ERROR `first argument to append must be a slice; have x \(variable of type int\)`
	_ = append(s, "a")           // ERROR `cannot use "a" \(untyped string constant\) as int value in argument to append`
	_ = append(s, s)             // ERROR `cannot use s \(variable of type \[\]int\) as type int in argument to append`
	_ = append(s, 1, s...)       // ERROR `too many arguments in call to append(\n\thave \(\[\]int, number, \[\]int\)\n\twant \(\[\]int, \.\.\.int\))?$`
	_ = append(s, []int64{1}...) // ERROR `cannot use \[\]int64\{…\} \(value of type \[\]int64\) as type \[\]int in argument to append`
	_ = append()                 // ERROR `invalid operation: not enough arguments for append\(\) \(expected 1, found 0\)`
	_ = append(s...)             // ERROR `not enough arguments in call to append(\n\thave \(\[\]int\)\n\twant \(\[\]int, \.\.\.int\))?$`
	_ = append(nil, 1)           // ERROR `first argument to append must be a slice; have untyped nil`
	b := []byte{}
	_ = append(b, "abc"...)
	_ = append(s, "abc"...) // ERROR `cannot use "abc" \(untyped string constant\) as \[\]int value in argument to append`
}
