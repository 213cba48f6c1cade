// Package io/fs: the part of Go's io/fs that package os re-exports:
// PathError (os.PathError), FileMode (os.FileMode) and the portable errors
// (os.ErrNotExist, ...). Only the library imports it, so %T of os.Open's
// error is *fs.PathError, as in Go.
package fs

import "internal/oserror"

// The portable errors of file operations; test for them with errors.Is.
var (
	ErrInvalid    = oserror.ErrInvalid    // "invalid argument"
	ErrPermission = oserror.ErrPermission // "permission denied"
	ErrExist      = oserror.ErrExist      // "file already exists"
	ErrNotExist   = oserror.ErrNotExist   // "file does not exist"
	ErrClosed     = oserror.ErrClosed     // "file already closed"
)

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// A FileMode is a file's mode and permission bits (Go's portable values,
// not the system's).
type FileMode uint32

const (
	ModeDir        FileMode = 1 << (32 - 1 - 0)  // d: is a directory
	ModeAppend     FileMode = 1 << (32 - 1 - 1)  // a: append-only
	ModeExclusive  FileMode = 1 << (32 - 1 - 2)  // l: exclusive use
	ModeTemporary  FileMode = 1 << (32 - 1 - 3)  // T: temporary file
	ModeSymlink    FileMode = 1 << (32 - 1 - 4)  // L: symbolic link
	ModeDevice     FileMode = 1 << (32 - 1 - 5)  // D: device file
	ModeNamedPipe  FileMode = 1 << (32 - 1 - 6)  // p: named pipe (FIFO)
	ModeSocket     FileMode = 1 << (32 - 1 - 7)  // S: Unix domain socket
	ModeSetuid     FileMode = 1 << (32 - 1 - 8)  // u: setuid
	ModeSetgid     FileMode = 1 << (32 - 1 - 9)  // g: setgid
	ModeCharDevice FileMode = 1 << (32 - 1 - 10) // c: Unix character device, when ModeDevice is set
	ModeSticky     FileMode = 1 << (32 - 1 - 11) // t: sticky
	ModeIrregular  FileMode = 1 << (32 - 1 - 12) // ?: non-regular file; nothing else is known

	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	ModePerm FileMode = 0777 // Unix permission bits
)

// String shows the mode as ls does, one letter per type bit set (in the
// order of the constants above, "-" for none) then rwxrwxrwx.
func (m FileMode) String() string {
	const letters = "dalTLDpSugct?"
	var buf [32]byte
	w := 0
	for i := 0; i < len(letters); i++ {
		if m&(1<<uint(32-1-i)) != 0 {
			buf[w] = letters[i]
			w++
		}
	}
	if w == 0 {
		buf[w] = '-'
		w++
	}
	const rwx = "rwxrwxrwx"
	for i := 0; i < len(rwx); i++ {
		if m&(1<<uint(9-1-i)) != 0 {
			buf[w] = rwx[i]
		} else {
			buf[w] = '-'
		}
		w++
	}
	return string(buf[:w])
}

func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

func (m FileMode) Perm() FileMode { return m & ModePerm }

func (m FileMode) Type() FileMode { return m & ModeType }

// A FileInfo describes a file (os.Stat's result). mini-Go has no time
// package, so Go's ModTime and Sys methods are left out.
type FileInfo interface {
	Name() string   // the base name of the file
	Size() int64    // length in bytes for regular files
	Mode() FileMode // file mode bits
	IsDir() bool    // Mode().IsDir()
}

// A DirEntry is an entry read from a directory (os.ReadDir's result).
type DirEntry interface {
	Name() string            // the entry's base name
	IsDir() bool             // whether the entry is a directory
	Type() FileMode          // the type bits of the entry's mode
	Info() (FileInfo, error) // the FileInfo of the entry (an Lstat)
}
