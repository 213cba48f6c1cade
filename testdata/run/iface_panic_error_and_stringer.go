package main

type Both struct{}

func (Both) Error() string  { return "the error" }
func (Both) String() string { return "the string" }

func main() {
	defer func() {
		panic(Both{})
	}()
	panic(&Both{})
}
