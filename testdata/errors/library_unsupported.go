// mgc-only: go1.19 accepts this program. A package outside LANGUAGE.md's
// library is rejected at its import; a member of a library package that mini-Go
// does not offer is rejected with the list of what the package offers.
package main

import (
	"errors"
	"fmt"
	"io/fs"  // ERROR "package io/fs is not supported by mgc"
	"os"
	"regexp/syntax" // ERROR "package regexp/syntax is not supported by mgc"
	"syscall" // ERROR "package syscall is not supported by mgc"
	"text/template" // ERROR "package text/template is not supported by mgc"
)

func main() {
	_ = fmt.Append(nil, "1")          // ERROR "fmt.Append is not supported by mgc \(package fmt offers Stringer, Sprintf, Sprint, Sprintln, Fprintf, Fprint, Fprintln, Printf, Print, Println, Errorf, Scan, Scanln, Scanf, Sscan, Sscanln, Sscanf, Fscan, Fscanln, Fscanf, ScanState, Scanner\)"
	_ = errors.Join(nil)              // ERROR "errors.Join is not supported by mgc \(package errors offers New, Unwrap, Is, As\)"
	_ = os.Symlink("x", "y")          // ERROR "os.Symlink is not supported by mgc \(package os offers ErrInvalid, .*PathError, FileMode, .*Stdin, Stdout, Stderr, .*Getwd, Hostname, .*Stat, Lstat, ReadDir, Rename, Chdir\)"
	_ = fs.ErrNotExist
	_ = syntax.ErrMissingParen
	_ = template.New
	_ = syscall.ENOENT
}
