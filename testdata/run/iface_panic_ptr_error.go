package main

type E struct{ msg string }

func (e *E) Error() string { return "E: " + e.msg }

func fail() error { return &E{"disk full"} }

func main() {
	err := fail()
	if err != nil {
		panic(err)
	}
}
