package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Join([]string{"foo", "bar", "baz"}, ", "))
	fmt.Printf("%q\n", strings.Join(nil, ","))
	fmt.Printf("%q\n", strings.Join([]string{"only"}, ","))
	fmt.Printf("%q\n", strings.Join([]string{"", ""}, "-"))
	fmt.Printf("%q\n", strings.Join([]string{"a", "b", "c"}, ""))
	words := strings.Fields(" the  quick brown\tfox ")
	fmt.Println(strings.Join(words, "_"), strings.Join(strings.Split("1.2.3", "."), "/"))
}
