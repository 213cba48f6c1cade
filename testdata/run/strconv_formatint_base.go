package main

import "strconv"

func main() {
	println(strconv.FormatInt(5, 1))
}
