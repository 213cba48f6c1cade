// The variadic functions of fmt called with a multi-value call as their
// arguments (Go spec: Calls, "f(g())"): each result becomes one operand,
// converted to any; with Printf, Sprintf and Errorf the first result is the
// format; with Fprint* the first is the writer.
package main

import (
	"errors"
	"fmt"
	"os"
)

type T struct{ n int }

func (t *T) String() string { return fmt.Sprint("T", t.n) }

func two() (int, int)                { return 1, 2 }
func mixed() (string, float64, bool) { return "s", 2.5, true }
func format() (string, int, string)  { return "%d-%s|", 4, "x" }
func withErr() (*T, error)           { return &T{3}, errors.New("boom") }
func none() (any, error)             { return nil, nil }
func out() (*os.File, string, int)   { return os.Stdout, "to", 1 }
func outf() (*os.File, string, int)  { return os.Stdout, "[%d]\n", 9 }

func main() {
	fmt.Println(two())
	fmt.Println(mixed())
	fmt.Print(two())
	fmt.Print("\n")
	fmt.Println(fmt.Sprint(two()), fmt.Sprint(mixed()))
	fmt.Print(fmt.Sprintln(mixed()))
	fmt.Printf(format())
	fmt.Println(fmt.Sprintf(format()))
	err := fmt.Errorf(format())
	fmt.Println(err, err.Error() == fmt.Sprintf(format()))
	fmt.Println(withErr())
	fmt.Println(none())
	n, e := fmt.Println(two())
	fmt.Println(n, e)
	fmt.Fprintln(out())
	fmt.Fprint(out())
	fmt.Println()
	fmt.Fprintf(outf())
	fmt.Fprintln(os.Stderr, fmt.Sprint(withErr()))
}
