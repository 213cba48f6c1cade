// Package syscall: the part of Go's syscall package that package os needs:
// Errno, the error of a failed system call, and the errno values os tests.
// Only the library imports it (%T of an errno is syscall.Errno, as in Go).
package syscall

import "internal/oserror"

// An Errno is an error number from a system call (linux/amd64 values).
type Errno uintptr

// Error returns Go's text for the errno, "errno N" for one Go does not name
// (runtime/syscall.c, from runtime/errno_table.h).
func (e Errno) Error() string

// Is makes errors.Is(err, fs.ErrNotExist) (and ErrExist, ErrPermission)
// true for the errnos that mean it.
func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES || e == EPERM
	case oserror.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case oserror.ErrNotExist:
		return e == ENOENT
	}
	return false
}

func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout()
}

func (e Errno) Timeout() bool {
	return e == EAGAIN || e == EWOULDBLOCK || e == ETIMEDOUT
}

const (
	EPERM        Errno = 0x1
	ENOENT       Errno = 0x2
	EINTR        Errno = 0x4
	EIO          Errno = 0x5
	EBADF        Errno = 0x9
	EAGAIN       Errno = 0xb
	EWOULDBLOCK  Errno = 0xb
	ENOMEM       Errno = 0xc
	EACCES       Errno = 0xd
	EEXIST       Errno = 0x11
	ENOTDIR      Errno = 0x14
	EISDIR       Errno = 0x15
	EINVAL       Errno = 0x16
	ENFILE       Errno = 0x17
	EMFILE       Errno = 0x18
	ENOSPC       Errno = 0x1c
	ESPIPE       Errno = 0x1d
	EROFS        Errno = 0x1e
	EPIPE        Errno = 0x20
	ERANGE       Errno = 0x22
	ENAMETOOLONG Errno = 0x24
	ENOTEMPTY    Errno = 0x27
	ELOOP        Errno = 0x28
	ETIMEDOUT    Errno = 0x6e
)

// The standard file descriptors.
const (
	Stdin  = 0
	Stdout = 1
	Stderr = 2
)
