// Package fmt: formatted printing (LANGUAGE.md): Print, Println, Printf,
// Sprint, Sprintln, Sprintf, Fprint, Fprintln, Fprintf, Errorf, Stringer.
//
// The printer is C (runtime/fmt.c, behind the bodiless sprintf and sprint);
// it reads every value through its type descriptor. Whether a value has an
// Error or String method is decided here, in Go, by a type switch: the same
// assertE2I2/getitab path as any program's, and a panic in the method is
// recovered here as fmt's catchPanic does.
package fmt

import (
	"errors"
	"io"
	"os"
)

// Stringer is implemented by any value that has a String method, which
// defines the value's "native" format.
type Stringer interface {
	String() string
}

// sprintf formats like Sprintf; with wrapErrs (Errorf) it also returns the
// index of the operand %w wrapped, or -1.
func sprintf(format string, a []any, wrapErrs bool) (s string, wrapped int)

// sprint formats like Sprint, or like Sprintln when ln is set.
func sprint(a []any, ln bool) string

func Sprintf(format string, a ...any) string {
	s, _ := sprintf(format, a, false)
	return s
}

func Sprint(a ...any) string {
	return sprint(a, false)
}

func Sprintln(a ...any) string {
	return sprint(a, true)
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	s, _ := sprintf(format, a, false)
	return w.Write([]byte(s))
}

func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(sprint(a, false)))
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(sprint(a, true)))
}

func Printf(format string, a ...any) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

func Print(a ...any) (n int, err error) {
	return Fprint(os.Stdout, a...)
}

func Println(a ...any) (n int, err error) {
	return Fprintln(os.Stdout, a...)
}

// wrapError is the error Errorf returns for a format with %w.
type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

// Errorf formats like Sprintf and returns the text as an error; if the
// format has a %w verb with an error operand, the error wraps it.
func Errorf(format string, a ...any) error {
	s, w := sprintf(format, a, true)
	if w < 0 {
		return errors.New(s)
	}
	return &wrapError{s, a[w].(error)}
}

// isError reports whether arg implements error (for %w).
func isError(arg any) bool {
	_, ok := arg.(error)
	return ok
}

// isNilPointer reports whether arg holds a nil pointer.
func isNilPointer(arg any) bool

// handleMethods is called by the printer (runtime/fmt.c) for an operand of
// %v %s %q %x %X: state 1 with the text of its Error method, 4 with that of
// its String method (Error wins), 0 if it has neither. If the method panics,
// state 2 with the method's name and the panic value, or 3 if the receiver
// was a nil pointer (printed as <nil>).
func handleMethods(arg any, verb rune) (text string, state int, panicValue any) {
	method := ""
	defer func() {
		if r := recover(); r != nil {
			if isNilPointer(arg) {
				text, state = "", 3
				return
			}
			text, state, panicValue = method, 2, r
		}
	}()
	switch v := arg.(type) {
	case error:
		method = "Error"
		return v.Error(), 1, nil
	case Stringer:
		method = "String"
		return v.String(), 4, nil
	}
	return "", 0, nil
}
