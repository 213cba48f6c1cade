package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %q (%d bytes)\n", n, sc.Text(), len(sc.Bytes()))
	}
	fmt.Println("err:", sc.Err(), "lines:", n)
	fmt.Println(sc.Scan(), sc.Text() == "")
}
