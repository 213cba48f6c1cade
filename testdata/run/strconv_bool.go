package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "tRUE", "yes", "", " true", "2"} {
		b, err := strconv.ParseBool(s)
		fmt.Printf("%q %v %v\n", s, b, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false), strconv.FormatBool(1 < 2))
}
