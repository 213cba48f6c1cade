package main

func use(v any) bool { return v != nil }

func main() {
	defer func() {
		r := recover()
		println(r == nil, use(r), r == 1)
		var s any = r
		println(s == r)
	}()
	panic(1)
}
