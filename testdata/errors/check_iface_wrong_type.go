// A method with the right name but a different signature does not implement the interface method (have/want lines).
package main

type Reader interface {
	Read(p []byte) (int, error)
}

type R1 struct{}

func (R1) Read(p []byte) int { return 0 }

type R2 struct{}

func (R2) Read(p string) (int, error) { return 0, nil }

type R3 struct{}

func (*R3) Read() {}

type Stringer interface{ String() string }

type S int

func (S) String() int { return 0 }

func main() {
	var r Reader = R1{}   // ERROR `cannot use R1\{\} \(value of type R1\) as type Reader in variable declaration:(\n\tR1 does not implement Reader \(wrong type for Read method\)\n\t\thave Read\(p \[\]byte\) int\n\t\twant Read\(p \[\]byte\) \(int, error\))?$`
	r = R2{}              // ERROR `cannot use R2\{\} \(value of type R2\) as type Reader in assignment:(\n\tR2 does not implement Reader \(wrong type for Read method\)\n\t\thave Read\(p string\) \(int, error\)\n\t\twant Read\(p \[\]byte\) \(int, error\))?$`
	r = &R3{}             // ERROR `cannot use &R3\{\} \(value of type \*R3\) as type Reader in assignment:(\n\t\*R3 does not implement Reader \(wrong type for Read method\)\n\t\thave Read\(\)\n\t\twant Read\(p \[\]byte\) \(int, error\))?$`
	var s Stringer = S(1) // ERROR `cannot use S\(1\) \(constant 1 of type S\) as type Stringer in variable declaration:(\n\tS does not implement Stringer \(wrong type for String method\)\n\t\thave String\(\) int\n\t\twant String\(\) string)?$`
	_, _ = r, s
}
