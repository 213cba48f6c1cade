package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

var dir string

// show prints an error with the temporary directory's name hidden.
func show(what string, err error) {
	s := "<nil>"
	if err != nil {
		s = strings.ReplaceAll(err.Error(), dir, "$TMP")
	}
	fmt.Printf("%s: %s\n", what, s)
}

func main() {
	var err error
	dir, err = os.MkdirTemp("", "mgc-os-*")
	if err != nil {
		fmt.Println("MkdirTemp:", err)
		return
	}
	defer os.RemoveAll(dir)
	fmt.Println(strings.HasPrefix(dir, os.TempDir()+"/mgc-os-"))
	name := dir + "/a.txt"

	f, err := os.Create(name)
	show("create", err)
	n, err := f.Write([]byte("hello\n"))
	fmt.Println(n, err)
	n, err = f.WriteString("world\n")
	fmt.Println(n, err)
	n, err = fmt.Fprintf(f, "%d+%d=%d\n", 1, 2, 3)
	fmt.Println(n, err)
	fmt.Println(f.Name() == name)
	show("close", f.Close())
	show("close again", f.Close())
	_, err = f.Write([]byte("x"))
	show("write closed", err)
	_, err = f.Read(make([]byte, 4))
	show("read closed", err)
	fmt.Println(errors.Is(err, os.ErrClosed), f.Fd() == ^uintptr(0))

	data, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)

	f, err = os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	show("open append", err)
	f.WriteString("appended\n")
	_, err = f.Read(make([]byte, 4))
	show("read wronly", err)
	f.Close()

	f, _ = os.Open(name)
	buf := make([]byte, 4)
	for {
		n, err := f.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}
	n, err = f.Read(buf[:0])
	fmt.Println(n, err)
	n, err = f.ReadAt(buf, 6)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	n, err = f.ReadAt(buf, 28)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	n, err = f.ReadAt(buf, -1)
	show("readat", err)
	off, err := f.Seek(-9, io.SeekEnd)
	fmt.Println(off, err)
	rest, err := io.ReadAll(f)
	fmt.Printf("%q %v\n", rest, err)
	off, err = f.Seek(-100, io.SeekStart)
	show(fmt.Sprint("seek ", off), err)
	_, err = f.Write([]byte("no"))
	show("write rdonly", err)
	f.Close()

	_, err = os.OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	show("excl", err)
	fmt.Println(os.IsExist(err), errors.Is(err, os.ErrExist), os.IsNotExist(err))

	f, err = os.OpenFile(name, os.O_RDWR|os.O_TRUNC, 0)
	show("trunc", err)
	f.WriteString("new")
	f.Seek(0, io.SeekStart)
	data, err = io.ReadAll(f)
	fmt.Printf("%q %v\n", data, err)
	f.Close()

	_, err = os.Open(dir + "/missing")
	show("open missing", err)
	fmt.Println(os.IsNotExist(err), errors.Is(err, os.ErrNotExist), errors.Is(err, os.ErrExist))
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Printf("%T %s %v\n", err, pe.Op, pe.Err)
		fmt.Printf("%T %d\n", pe.Err, pe.Err)
	}
	fmt.Println(errors.Unwrap(err) == pe.Err)
	_, err = os.ReadFile(dir + "/missing")
	show("readfile missing", err)
	_, err = os.ReadFile(dir)
	show("readfile dir", err)

	show("writefile", os.WriteFile(dir+"/b.txt", []byte("bee"), 0600))
	data, err = os.ReadFile(dir + "/b.txt")
	fmt.Printf("%q %v\n", data, err)
	show("writefile into missing dir", os.WriteFile(dir+"/no/b.txt", nil, 0600))

	show("mkdir", os.Mkdir(dir+"/sub", 0755))
	show("mkdir again", os.Mkdir(dir+"/sub", 0755))
	show("mkdirall", os.MkdirAll(dir+"/sub/x/y/z/", 0755))
	show("mkdirall again", os.MkdirAll(dir+"/sub/x/y", 0755))
	show("mkdirall file", os.MkdirAll(name+"/q", 0755))
	show("mkdirall on file", os.MkdirAll(name, 0755))
	os.WriteFile(dir+"/sub/x/y/f", []byte("1"), 0644)
	show("remove nonempty", os.Remove(dir+"/sub"))
	show("remove missing", os.Remove(dir+"/missing"))
	show("remove file", os.Remove(name))
	_, err = os.Stdout.Write(nil)
	show("empty write", err)
	show("removeall", os.RemoveAll(dir+"/sub"))
	show("removeall missing", os.RemoveAll(dir+"/sub"))
	show("removeall dot", os.RemoveAll(dir+"/."))
	show("remove dir", os.Remove(dir+"/b.txt"))
	_, err = os.Open(dir + "/sub")
	fmt.Println(os.IsNotExist(err))

	_, err = os.MkdirTemp(dir, "a/b")
	show("mkdirtemp", err)
	t, err := os.CreateTemp(dir, "f*.txt")
	fmt.Println(err, strings.HasPrefix(t.Name(), dir+"/f"), strings.HasSuffix(t.Name(), ".txt"))
	t.Close()

	var nilf *os.File
	_, err = nilf.Read(buf)
	fmt.Println(err, err == os.ErrInvalid, nilf.Close())
	fmt.Println(os.ErrNotExist, os.ErrExist, os.ErrPermission, os.ErrClosed, os.ErrInvalid)
	fmt.Println(os.ModePerm, os.FileMode(0644), os.ModeDir|0755, os.FileMode(0).IsRegular(), (os.ModeDir | 0700).IsDir())
	fmt.Println(os.Stdin.Name(), os.Stdout.Name(), os.Stderr.Name(), os.Stdout.Fd())
	fmt.Fprintln(os.Stderr, "to stderr")
}
