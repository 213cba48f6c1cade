package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Split(bufio.ScanWords)
	sum, words := 0, 0
	for sc.Scan() {
		words++
		if n, err := strconv.Atoi(sc.Text()); err == nil {
			sum += n
		} else {
			fmt.Printf("word %q\n", sc.Text())
		}
	}
	fmt.Println(words, sum, sc.Err())
}
