// Package os: the part of Go's os package mini-Go offers: files (Stdin,
// Stdout, Stderr, Open, Create, OpenFile, ReadFile, WriteFile, ...),
// directories, the environment, Args and Exit. Errors are Go's: *PathError
// (= fs.PathError) around a syscall.Errno, os.ErrNotExist and its kin.
// Functions without a body are system calls written in C in runtime/os.c
// under their Go names (os.sysOpen, ...); each returns its result, or -errno.
package os

import (
	"errors"
	"io"
	"io/fs"
	"syscall"
)

// The portable errors (fs's); errors.Is(err, os.ErrNotExist) is true for a
// *PathError around ENOENT through syscall.Errno's Is method.
var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

type PathError = fs.PathError

type FileMode = fs.FileMode

type FileInfo = fs.FileInfo

type DirEntry = fs.DirEntry

const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

// Flags to OpenFile (linux/amd64 values): exactly one of O_RDONLY, O_WRONLY
// and O_RDWR, or-ed with any of the others.
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

const o_CLOEXEC = 0x80000

const (
	PathSeparator     = '/'
	PathListSeparator = ':'
	DevNull           = "/dev/null"
)

// SyscallError records an error from a system call (os.Setenv's).
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// NewSyscallError returns a *SyscallError, or nil if err is nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// LinkError records an error of a link or rename and the paths involved.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string {
	return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
}

func (e *LinkError) Unwrap() error { return e.Err }

// underlyingError is the error inside os's own error types.
func underlyingError(err error) error {
	switch err := err.(type) {
	case *PathError:
		return err.Err
	case *LinkError:
		return err.Err
	case *SyscallError:
		return err.Err
	}
	return err
}

func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

// IsExist, IsNotExist and IsPermission look one level inside os's error
// types (not down the Unwrap chain, as errors.Is does).
func IsExist(err error) bool { return underlyingErrorIs(err, ErrExist) }

func IsNotExist(err error) bool { return underlyingErrorIs(err, ErrNotExist) }

func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

// errnoErr turns a system call's negative result into its Errno.
func errnoErr(r int) error {
	return syscall.Errno(-r)
}

// File is an open file descriptor.
type File struct {
	fd     int
	name   string
	closed bool
}

var (
	Stdin  = NewFile(syscall.Stdin, "/dev/stdin")
	Stdout = NewFile(syscall.Stdout, "/dev/stdout")
	Stderr = NewFile(syscall.Stderr, "/dev/stderr")
)

// NewFile returns a File for the descriptor fd, named name.
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	return &File{fd: int(fd), name: name}
}

// The system calls, in runtime/os.c: each returns its result or -errno.
func sysOpen(name string, flag int, perm uint32) int
func sysRead(fd int, b []byte) int
func sysPread(fd int, b []byte, off int64) int
func sysSeek(fd int, offset int64, whence int) int64
func sysClose(fd int) int
func sysUnlink(name string) int
func sysRmdir(name string) int
func sysMkdir(name string, perm uint32) int
func sysRemoveAll(path string) int

// sysWrite writes all of b (one write(2) even for an empty b, retrying
// after short writes) and returns how much it wrote and 0 or the errno.
func sysWrite(fd int, b []byte) (n int, errno int)

// sysStat returns the st_mode (or -errno) and st_size of name (of the
// link itself with !follow); sysFstat those of an open descriptor.
func sysStat(name string, follow bool) (mode int, size int64)
func sysFstat(fd int) (mode int, size int64)

// sysReadDir returns the names in directory name (without "." and ".."),
// or the errno and whether opening the directory (not reading it) failed.
func sysReadDir(name string) (names []string, errno int, openFailed bool)

func sysRename(from, to string) int
func sysChdir(dir string) int

// The system's file type and mode bits (st_mode).
const (
	s_IFMT   = 0xf000
	s_IFBLK  = 0x6000
	s_IFCHR  = 0x2000
	s_IFDIR  = 0x4000
	s_IFIFO  = 0x1000
	s_IFLNK  = 0xa000
	s_IFSOCK = 0xc000
	s_ISUID  = 0x800
	s_ISGID  = 0x400
	s_ISVTX  = 0x200
)

// Name returns the name the file was opened with.
func (f *File) Name() string { return f.name }

// Fd returns the file's descriptor (^uintptr(0) for a nil or closed File).
func (f *File) Fd() uintptr {
	if f == nil || f.closed {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// checkValid: a nil *File is ErrInvalid.
func (f *File) checkValid() error {
	if f == nil {
		return ErrInvalid
	}
	return nil
}

// wrapErr wraps an error of the operation op in a *PathError; io.EOF stays
// itself, and an operation on a closed file is ErrClosed.
func (f *File) wrapErr(op string, err error) error {
	if err == nil || err == io.EOF {
		return err
	}
	return &PathError{Op: op, Path: f.name, Err: err}
}

// Read reads up to len(b) bytes; at end of file it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid(); err != nil {
		return 0, err
	}
	if f.closed {
		return 0, f.wrapErr("read", ErrClosed)
	}
	if len(b) == 0 {
		return 0, nil
	}
	r := sysRead(f.fd, b)
	if r < 0 {
		return 0, f.wrapErr("read", errnoErr(r))
	}
	if r == 0 {
		return 0, io.EOF
	}
	return r, nil
}

// ReadAt reads len(b) bytes from offset off, without moving the file's
// offset; fewer bytes come with an error (io.EOF at end of file).
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid(); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		if f.closed {
			return n, f.wrapErr("read", ErrClosed)
		}
		m := sysPread(f.fd, b, off)
		if m < 0 {
			err = f.wrapErr("read", errnoErr(m))
			break
		}
		if m == 0 {
			err = io.EOF
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// Write writes b with write(2) (stdout is not buffered, as in Go).
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid(); err != nil {
		return 0, err
	}
	if f.closed {
		return 0, f.wrapErr("write", ErrClosed)
	}
	n, errno := sysWrite(f.fd, b)
	if n != len(b) {
		err = io.ErrShortWrite
	}
	if errno != 0 {
		err = f.wrapErr("write", syscall.Errno(errno))
	}
	return n, err
}

// WriteString is Write of the bytes of s.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// onlyWriter hides File.ReadFrom from io.Copy.
type onlyWriter struct {
	w io.Writer
}

func (w onlyWriter) Write(p []byte) (int, error) { return w.w.Write(p) }

// ReadFrom copies r to the file (= io.Copy's generic loop, as Go's does
// when it cannot splice).
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if err := f.checkValid(); err != nil {
		return 0, err
	}
	return io.Copy(onlyWriter{f}, r)
}

// Seek sets the offset for the next Read or Write and returns it.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid(); err != nil {
		return 0, err
	}
	if f.closed {
		return 0, f.wrapErr("seek", ErrClosed)
	}
	r := sysSeek(f.fd, offset, whence)
	if r < 0 {
		return 0, f.wrapErr("seek", errnoErr(int(r)))
	}
	return r, nil
}

// Close closes the file; closing it again is "close NAME: file already
// closed".
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	if r := sysClose(f.fd); r < 0 {
		return &PathError{Op: "close", Path: f.name, Err: errnoErr(r)}
	}
	return nil
}

// syscallMode turns Go's portable mode bits into the system's.
func syscallMode(i FileMode) uint32 {
	o := uint32(i.Perm())
	if i&ModeSetuid != 0 {
		o |= 0x800
	}
	if i&ModeSetgid != 0 {
		o |= 0x400
	}
	if i&ModeSticky != 0 {
		o |= 0x200
	}
	return o
}

// OpenFile opens name with the flags (O_RDONLY, ...) and, if it creates the
// file, the permissions perm (before the umask).
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd := sysOpen(name, flag|o_CLOEXEC, syscallMode(perm))
	if fd < 0 {
		return nil, &PathError{Op: "open", Path: name, Err: errnoErr(fd)}
	}
	return &File{fd: fd, name: name}, nil
}

// Open opens name for reading.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// Create creates or truncates name (mode 0666 before the umask) and opens
// it for reading and writing.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// ReadFile returns the whole content of name.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data := make([]byte, 0, 512)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// WriteFile writes data to name, creating it with perm (before the umask)
// or truncating it.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Remove removes the file or empty directory name.
func Remove(name string) error {
	e := sysUnlink(name)
	if e == 0 {
		return nil
	}
	e1 := sysRmdir(name)
	if e1 == 0 {
		return nil
	}
	if syscall.Errno(-e1) != syscall.ENOTDIR {
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: errnoErr(e)}
}

// RemoveAll removes path and everything it contains; a path that does not
// exist is not an error.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || path == ".." || hasSuffix(path, "/.") || hasSuffix(path, "/..") {
		return &PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}
	if e := sysRemoveAll(path); e < 0 {
		return &PathError{Op: "unlinkat", Path: path, Err: errnoErr(e)}
	}
	return nil
}

func hasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// Mkdir creates the directory name with permissions perm (before the umask).
func Mkdir(name string, perm FileMode) error {
	if e := sysMkdir(name, syscallMode(perm)); e < 0 {
		return &PathError{Op: "mkdir", Path: name, Err: errnoErr(e)}
	}
	return nil
}

// isDir reports whether name is a directory (following links with follow),
// or the error of stat.
func isDir(name string, follow bool) (bool, error) {
	m, _ := sysStat(name, follow)
	if m < 0 {
		op := "stat"
		if !follow {
			op = "lstat"
		}
		return false, &PathError{Op: op, Path: name, Err: errnoErr(m)}
	}
	return m&s_IFMT == s_IFDIR, nil
}

// MkdirAll creates the directory path and any parents it lacks; an existing
// directory is not an error.
func MkdirAll(path string, perm FileMode) error {
	if dir, err := isDir(path, true); err == nil {
		if dir {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}
	i := len(path)
	for i > 0 && path[i-1] == '/' { // trailing separators
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' { // the last element
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	err := Mkdir(path, perm)
	if err != nil {
		if dir, err1 := isDir(path, false); err1 == nil && dir {
			return nil
		}
		return err
	}
	return nil
}

// TempDir returns $TMPDIR, or /tmp.
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

// fastrand returns a pseudo-random number (runtime/os.c).
func fastrand() uint32

func nextRandom() string {
	u := uint(fastrand())
	if u == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for u > 0 {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
	}
	return string(b[i:])
}

// prefixAndSuffix splits pattern at its last "*".
func prefixAndSuffix(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == '/' {
			return "", "", errors.New("pattern contains path separator")
		}
	}
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			return pattern[:i], pattern[i+1:], nil
		}
	}
	return pattern, "", nil
}

func joinPath(dir, name string) string {
	if len(dir) > 0 && dir[len(dir)-1] == '/' {
		return dir + name
	}
	return dir + "/" + name
}

// MkdirTemp creates a new directory in dir (TempDir() if "") whose name is
// pattern with a random string in place of its last "*" (or at its end),
// and returns its name.
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	for try := 1; ; try++ {
		name := prefix + nextRandom() + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) {
			if try < 10000 {
				continue
			}
			return "", &PathError{Op: "mkdirtemp", Path: dir + "/" + prefix + "*" + suffix, Err: ErrExist}
		}
		if IsNotExist(err) {
			if _, err := isDir(dir, true); IsNotExist(err) {
				return "", err
			}
		}
		return "", err
	}
}

// CreateTemp creates and opens a new file in dir (TempDir() if "") whose
// name is pattern with a random string in place of its last "*".
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	for try := 1; ; try++ {
		name := prefix + nextRandom() + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) {
			if try < 10000 {
				continue
			}
			return nil, &PathError{Op: "createtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
		return f, err
	}
}

// Args holds the command-line arguments, starting with the program name.
var Args []string = runtime_args()

func runtime_args() []string

// Exit ends the program with the given status; deferred calls do not run.
func Exit(code int)

// Getenv returns the value of the environment variable key, or "".
func Getenv(key string) string

// Environ returns the environment as "key=value" strings.
func Environ() []string

func sysSetenv(key, value string) int
func sysUnsetenv(key string)
func sysClearenv()

// LookupEnv returns the value of the environment variable key and whether
// it is set.
func LookupEnv(key string) (string, bool) {
	for _, kv := range Environ() {
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			return kv[len(key)+1:], true
		}
	}
	return "", false
}

// Setenv sets the environment variable key; an empty key or one with "="
// or NUL, or a value with NUL, is "setenv: invalid argument".
func Setenv(key, value string) error {
	bad := len(key) == 0
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			bad = true
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			bad = true
		}
	}
	if bad {
		return NewSyscallError("setenv", syscall.EINVAL)
	}
	if e := sysSetenv(key, value); e < 0 {
		return NewSyscallError("setenv", errnoErr(e))
	}
	return nil
}

// Unsetenv removes the environment variable key.
func Unsetenv(key string) error {
	sysUnsetenv(key)
	return nil
}

// Clearenv removes every environment variable.
func Clearenv() {
	sysClearenv()
}

// sysGetwd and sysHostname return their string, or "" and the errno.
func sysGetwd() (dir string, errno int)
func sysHostname() (name string, errno int)

// Getwd returns the current directory: $PWD if it names it, else getcwd's.
func Getwd() (dir string, err error) {
	dir, errno := sysGetwd()
	if errno != 0 {
		return "", NewSyscallError("getwd", syscall.Errno(errno))
	}
	return dir, nil
}

// Hostname returns the kernel's host name.
func Hostname() (name string, err error) {
	name, errno := sysHostname()
	if errno != 0 {
		return "", NewSyscallError("hostname", syscall.Errno(errno))
	}
	return name, nil
}

// Getpid returns the process id.
func Getpid() int

// fileStat is the FileInfo of Stat, Lstat and (*File).Stat.
type fileStat struct {
	name string
	size int64
	mode FileMode
}

func (fs *fileStat) Name() string   { return fs.name }
func (fs *fileStat) Size() int64    { return fs.size }
func (fs *fileStat) Mode() FileMode { return fs.mode }
func (fs *fileStat) IsDir() bool    { return fs.mode.IsDir() }

// fileMode turns st_mode into Go's portable FileMode.
func fileMode(m int) FileMode {
	mode := FileMode(m & 0777)
	switch m & s_IFMT {
	case s_IFBLK:
		mode |= ModeDevice
	case s_IFCHR:
		mode |= ModeDevice | ModeCharDevice
	case s_IFDIR:
		mode |= ModeDir
	case s_IFIFO:
		mode |= ModeNamedPipe
	case s_IFLNK:
		mode |= ModeSymlink
	case s_IFSOCK:
		mode |= ModeSocket
	}
	if m&s_ISGID != 0 {
		mode |= ModeSetgid
	}
	if m&s_ISUID != 0 {
		mode |= ModeSetuid
	}
	if m&s_ISVTX != 0 {
		mode |= ModeSticky
	}
	return mode
}

// basename is name's last element, without trailing slashes ("/" for "/").
func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[0:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

func stat(op, name string, follow bool) (FileInfo, error) {
	m, size := sysStat(name, follow)
	if m < 0 {
		return nil, &PathError{Op: op, Path: name, Err: errnoErr(m)}
	}
	return &fileStat{name: basename(name), size: size, mode: fileMode(m)}, nil
}

// Stat returns the FileInfo of the file name (following symbolic links).
func Stat(name string) (FileInfo, error) { return stat("stat", name, true) }

// Lstat returns the FileInfo of name itself, even a symbolic link.
func Lstat(name string) (FileInfo, error) { return stat("lstat", name, false) }

// Stat returns the FileInfo of the open file.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if f.closed {
		return nil, &PathError{Op: "stat", Path: f.name, Err: errors.New("use of closed file")}
	}
	m, size := sysFstat(f.fd)
	if m < 0 {
		return nil, &PathError{Op: "stat", Path: f.name, Err: errnoErr(m)}
	}
	return &fileStat{name: basename(f.name), size: size, mode: fileMode(m)}, nil
}

// dirEntry is the DirEntry of ReadDir.
type dirEntry struct {
	parent string
	name   string
	typ    FileMode
}

func (d *dirEntry) Name() string            { return d.name }
func (d *dirEntry) IsDir() bool             { return d.typ.IsDir() }
func (d *dirEntry) Type() FileMode          { return d.typ }
func (d *dirEntry) Info() (FileInfo, error) { return Lstat(d.parent + "/" + d.name) }

// ReadDir returns the entries of the directory name, sorted by name.
func ReadDir(name string) ([]DirEntry, error) {
	names, errno, openFailed := sysReadDir(name)
	if errno != 0 {
		op := "readdirent"
		if openFailed {
			op = "open"
		}
		return nil, &PathError{Op: op, Path: name, Err: syscall.Errno(errno)}
	}
	for i := 1; i < len(names); i++ { // insertion sort: directories are small
		for j := i; j > 0 && names[j] < names[j-1]; j-- {
			names[j], names[j-1] = names[j-1], names[j]
		}
	}
	entries := make([]DirEntry, 0, len(names))
	for _, n := range names {
		m, _ := sysStat(name+"/"+n, false)
		if m < 0 {
			continue // removed since it was listed
		}
		entries = append(entries, &dirEntry{parent: name, name: n, typ: fileMode(m).Type()})
	}
	return entries, nil
}

// Rename renames (moves) from to to; an existing directory to is EEXIST.
func Rename(from, to string) error {
	if dir, err := isDir(to, false); err == nil && dir {
		if _, err := isDir(from, false); err != nil {
			return &LinkError{"rename", from, to, underlyingError(err)}
		}
		return &LinkError{"rename", from, to, syscall.EEXIST}
	}
	if e := sysRename(from, to); e < 0 {
		return &LinkError{"rename", from, to, errnoErr(e)}
	}
	return nil
}

// Chdir changes the current directory to dir.
func Chdir(dir string) error {
	if e := sysChdir(dir); e < 0 {
		return &PathError{Op: "chdir", Path: dir, Err: errnoErr(e)}
	}
	return nil
}
