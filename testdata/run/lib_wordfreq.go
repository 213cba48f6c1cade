package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness`

type wordCount struct {
	word  string
	count int
}

func main() {
	counts := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return r == ' ' || r == ',' || r == '\n' }) {
		counts[w]++
	}
	var wc []wordCount
	for w, c := range counts {
		wc = append(wc, wordCount{w, c})
	}
	sort.Slice(wc, func(i, j int) bool {
		if wc[i].count != wc[j].count {
			return wc[i].count > wc[j].count
		}
		return wc[i].word < wc[j].word
	})
	var b strings.Builder
	for i, e := range wc {
		if i == 8 {
			break
		}
		b.WriteString(strconv.Itoa(i + 1))
		b.WriteString(". ")
		b.WriteString(fmt.Sprintf("%-12s", e.word))
		b.WriteString(strings.Repeat("*", e.count))
		b.WriteByte('\n')
	}
	fmt.Print(b.String())
	fmt.Fprintln(os.Stderr, "distinct words:", len(wc))
	total, _ := strconv.Atoi(strconv.Itoa(len(strings.Fields(text))))
	fmt.Printf("total %d, ratio %s\n", total, strconv.FormatFloat(float64(len(wc))/float64(total), 'f', 3, 64))
}
