package main

type myErr struct{ code int }

func (e myErr) Error() string { return "myErr code" }

func main() {
	var e error = myErr{42}
	println(e.Error())
	panic(e)
}
