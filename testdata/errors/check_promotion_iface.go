// Promoted methods count toward interface satisfaction: an embedded value T brings T's value methods, an embedded *T all of T's methods.
package main

type I interface {
	Get() int
	Set(int)
}

type T struct{ n int }

func (t T) Get() int   { return t.n }
func (t *T) Set(n int) { t.n = n }

type ByValue struct{ T }

type ByPointer struct{ *T }

type Deeper struct{ ByValue }

type OnlyGet struct{}

func (OnlyGet) Get() int { return 0 }

type Wrap struct{ OnlyGet }

func main() {
	var i I
	i = ByValue{} // ERROR `cannot use ByValue\{\} \(value of type ByValue\) as type I in assignment:(\n\tByValue does not implement I \(Set method has pointer receiver\))?$`
	i = &ByValue{}
	i = ByPointer{}
	i = Deeper{} // ERROR `cannot use Deeper\{\} \(value of type Deeper\) as type I in assignment:(\n\tDeeper does not implement I \(Set method has pointer receiver\))?$`
	i = &Deeper{}
	i = Wrap{}  // ERROR `cannot use Wrap\{\} \(value of type Wrap\) as type I in assignment:(\n\tWrap does not implement I \(missing Set method\))?$`
	i = &Wrap{} // ERROR `cannot use &Wrap\{\} \(value of type \*Wrap\) as type I in assignment:(\n\t\*Wrap does not implement I \(missing Set method\))?$`
	_ = i
}
