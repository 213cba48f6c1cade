package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println("done", sc.Err())
	w := bufio.NewScanner(os.Stdin)
	w.Split(bufio.ScanWords)
	fmt.Println(w.Scan(), w.Err())
}
