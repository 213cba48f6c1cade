// The Fprint functions take an io.Writer, as in Go.
package main

import (
	"fmt"
	"io"
	"os"
)

type onlyRead struct{}

func (onlyRead) Read(p []byte) (int, error) { return 0, io.EOF }

func main() {
	fmt.Fprintln(42, "x")          // ERROR `cannot use 42 \(constant of type int\) as type io.Writer in argument to fmt.Fprintln:(\n\tint does not implement io.Writer \(missing Write method\))?$`
	fmt.Fprintf(onlyRead{}, "x")   // ERROR `cannot use onlyRead{} \(value of type onlyRead\) as type io.Writer in argument to fmt.Fprintf:(\n\tonlyRead does not implement io.Writer \(missing Write method\))?$`
	var w io.Writer = os.Stdout
	fmt.Fprint(w, "ok")
}
