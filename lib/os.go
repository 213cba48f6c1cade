// Package os: the part of Go's os package mini-Go offers (LANGUAGE.md):
// Args, Exit, Stdout, Stderr, Getenv. Functions without a body are written
// in C in runtime/os.c under their Go names (os.Exit, os.runtime_args, ...).
package os

// File is an open file descriptor; mini-Go has only Stdout and Stderr.
type File struct {
	fd int
}

var (
	Stdout = &File{1}
	Stderr = &File{2}
)

// Args holds the command-line arguments, starting with the program name.
var Args []string = runtime_args()

func runtime_args() []string

// write writes b to file descriptor fd with one write system call per
// call (Go's os.Stdout is unbuffered) and returns the bytes written.
func write(fd int, b []byte) int

// Write writes b to the file (= (*os.File).Write).
func (f *File) Write(b []byte) (n int, err error) {
	return write(f.fd, b), nil
}

// Exit ends the program with the given status; deferred calls do not run.
func Exit(code int)

// Getenv returns the value of the environment variable key, or "".
func Getenv(key string) string
