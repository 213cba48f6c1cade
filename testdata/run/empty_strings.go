// empty_strings: the empty string in every position: compare, concatenate, print, len.
package main

func empty() string { return "" }

func pick(b bool, s string) string {
	if b {
		return s
	}
	return ""
}

func main() {
	var s string
	e := ""
	println(s == e, s == empty(), len(s), len(e+empty()))
	println("[" + s + "]")
	println(s)
	print(s)
	print(e, e, "\n")
	println(e < "a", "a" > e, e <= e, e >= e, e != "")
	println(pick(false, "x") == "", pick(true, "x"))
	println(empty() + "a" + empty() + "b" + empty())
	println(len(""), "" == "", "" < "")
}
