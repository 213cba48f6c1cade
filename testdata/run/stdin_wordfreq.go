package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"unicode"
)

// A word-frequency count over stdin: read with bufio.Reader line by line
// (the io.EOF idiom), split with strings.FieldsFunc and unicode, write the
// report through a bufio.Writer flushed by a deferred call.
func main() {
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	in := bufio.NewReader(os.Stdin)
	counts := map[string]int{}
	lines, bytesRead := 0, 0
	for {
		line, err := in.ReadString('\n')
		bytesRead += len(line)
		if len(line) > 0 {
			lines++
			for _, w := range strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
				counts[strings.ToLower(w)]++
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "read:", err)
			os.Exit(1)
		}
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if counts[words[i]] != counts[words[j]] {
			return counts[words[i]] > counts[words[j]]
		}
		return words[i] < words[j]
	})
	fmt.Fprintf(out, "%d lines, %d bytes, %d distinct words\n", lines, bytesRead, len(words))
	for i, w := range words {
		if i == 15 {
			break
		}
		fmt.Fprintf(out, "%6d %s\n", counts[w], w)
	}
}
