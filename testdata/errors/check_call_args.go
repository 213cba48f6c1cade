// Calls need exactly the declared number of arguments (have/want lines), including multi-value calls used as arguments.
package main

type T struct{}

func (T) M(a int, b string) {}

func none() {}

func one(x int) {}

func two() (int, int) { return 1, 2 }

func three(a, b, c int) {}

func main() {
	var t T
	none(1)             // ERROR `too many arguments in call to none(\n\thave \(number\)\n\twant \(\))?$`
	one()               // ERROR `not enough arguments in call to one(\n\thave \(\)\n\twant \(int\))?$`
	one(two())          // ERROR `too many arguments in call to one(\n\thave \(int, int\)\n\twant \(int\))?$`
	three(two())        // ERROR `not enough arguments in call to three(\n\thave \(int, int\)\n\twant \(int, int, int\))?$`
	three(two(), 3)     // ERROR `multiple-value two\(\) \(value of type \(int, int\)\) in single-value context`
	t.M(1)              // ERROR `not enough arguments in call to t\.M(\n\thave \(number\)\n\twant \(int, string\))?$`
	t.M(1, "a", nil)    // ERROR `too many arguments in call to t\.M(\n\thave \(number, string, nil\)\n\twant \(int, string\))?$`
	func(a string) {}() // ERROR `not enough arguments in call to func\(a string\) \{\}(\n\thave \(\)\n\twant \(string\))?$`
	T.M(t, 1)           // ERROR `not enough arguments in call to T\.M(\n\thave \(T, number\)\n\twant \(T, int, string\))?$`
}
