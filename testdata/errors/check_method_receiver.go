// Method receivers: the base type must be a defined type of this package that is neither a pointer nor an interface.
package main

type T struct{}

type P *T

type I interface{ M() }

type Alias = int

type S []int

func (int) M1() {} // ERROR `cannot define new methods on non-local type int`

func (p P) M2() {} // ERROR `invalid receiver type P \(pointer or interface type\)`

func (pp **T) M3() {} // ERROR `invalid receiver type \*\*T`

func (i I) M4() {} // ERROR `invalid receiver type I \(pointer or interface type\)`

func (a Alias) M5() {} // ERROR `cannot define new methods on non-local type int`

func (s []int) M6() {} // ERROR `invalid receiver type \[\]int`

func (x *P) M7() {} // ERROR `invalid receiver type P \(pointer or interface type\)`

func (e error) M8() {} // ERROR `cannot define new methods on non-local type error`

func (s S) OK() {}

func main() {}
