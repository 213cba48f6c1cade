package main

func kind(x any) string {
	switch x {
	case 1:
		return "one"
	case "a":
		return "letter a"
	case nil:
		return "nil"
	case 2.5:
		return "two and a half"
	}
	return "other"
}

func main() {
	println(kind(1), kind("a"), kind(nil), kind(2.5), kind(int8(1)), kind("b"))
}
