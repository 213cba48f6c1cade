// Package internal/oserror: the portable errors of file operations, shared
// by io/fs (fs.ErrNotExist, ...), os and syscall (whose Errno.Is compares
// against them). Only the library imports it.
package oserror

import "errors"

var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)
