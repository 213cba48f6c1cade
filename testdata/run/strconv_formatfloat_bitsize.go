package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.FormatFloat(1.5, 'g', -1, 32))
	fmt.Println(strconv.FormatFloat(1.5, 'g', -1, 16))
}
