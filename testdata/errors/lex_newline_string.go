// A string cut by a newline (the ERROR comment would be inside the string).
// ERRORAT 7 "newline in string"

package main

func main() {
	s := "abc
	_ = s
}
