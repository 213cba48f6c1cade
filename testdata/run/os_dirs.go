package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

var dir string

func show(what string, err error) {
	s := "<nil>"
	if err != nil {
		s = strings.ReplaceAll(err.Error(), dir, "$TMP")
	}
	fmt.Printf("%s: %s\n", what, s)
}

func main() {
	var err error
	dir, err = os.MkdirTemp("", "mgc-dirs")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	os.WriteFile(dir+"/b.txt", []byte("bbbb"), 0640)
	os.WriteFile(dir+"/a.txt", []byte("a"), 0600)
	os.Mkdir(dir+"/sub", 0750)
	os.WriteFile(dir+"/sub/z", nil, 0644)

	entries, err := os.ReadDir(dir)
	show("readdir", err)
	for _, e := range entries {
		info, err := e.Info()
		fmt.Println(e.Name(), e.IsDir(), e.Type(), info.IsDir() || info.Size() < 10, info.Mode().Perm(), info.Name(), err)
	}
	_, err = os.ReadDir(dir + "/a.txt")
	show("readdir file", err)
	_, err = os.ReadDir(dir + "/none")
	show("readdir missing", err)
	fmt.Println(os.IsNotExist(err))

	fi, err := os.Stat(dir + "/b.txt")
	fmt.Println(fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), fi.Mode().IsRegular(), err)
	fi, err = os.Stat(dir + "/sub/")
	fmt.Println(fi.Name(), fi.Size() > 0, fi.Mode(), fi.IsDir(), err)
	_, err = os.Stat(dir + "/none")
	show("stat", err)
	fmt.Println(os.IsNotExist(err), errors.Is(err, os.ErrNotExist))
	_, err = os.Lstat(dir + "/none")
	show("lstat", err)

	f, _ := os.Open(dir + "/b.txt")
	fi, err = f.Stat()
	fmt.Println(fi.Name(), fi.Size(), err)
	f.Close()
	_, err = f.Stat()
	show("stat closed", err)

	show("rename", os.Rename(dir+"/a.txt", dir+"/c.txt"))
	show("rename missing", os.Rename(dir+"/a.txt", dir+"/d.txt"))
	show("rename onto dir", os.Rename(dir+"/c.txt", dir+"/sub"))
	var le *os.LinkError
	fmt.Println(errors.As(os.Rename(dir+"/x", dir+"/y"), &le), le.Op, os.IsNotExist(le))
	data, err := os.ReadFile(dir + "/c.txt")
	fmt.Printf("%q %v\n", data, err)

	show("chdir", os.Chdir(dir+"/sub"))
	data, err = os.ReadFile("z")
	fmt.Printf("%q %v\n", data, err)
	wd, _ := os.Getwd()
	fmt.Println(strings.HasSuffix(wd, "/sub"))
	show("chdir missing", os.Chdir("nowhere"))
	os.Chdir("/")
	entries, _ = os.ReadDir(dir)
	fmt.Println(len(entries))
}
