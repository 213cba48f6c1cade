// strings: building strings with strings.Builder and +, splitting, searching,
// converting numbers with strconv, comparing and hashing them in a map.
package main

import (
	"os"
	"strconv"
	"strings"
)

func work(n int) int {
	if len(os.Args) > 1 && os.Args[1] == "small" {
		return n / 20
	}
	return n
}

func main() {
	n := work(200000)
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteString(strconv.Itoa(i))
		sb.WriteByte(' ')
	}
	text := sb.String()
	fields := strings.Fields(text)
	sum := 0
	for _, f := range fields {
		v, err := strconv.Atoi(f)
		if err != nil {
			panic(err)
		}
		sum += v
	}
	count := strings.Count(text, "7")
	idx := strings.Index(text, "199999")
	upper := 0
	for i := 0; i < n/10; i++ {
		s := "item-" + strconv.Itoa(i) + "-end"
		if strings.HasPrefix(s, "item-1") && strings.HasSuffix(s, "-end") {
			upper += len(strings.ToUpper(s))
		}
	}
	println(len(fields), sum, count, idx, upper)
}
