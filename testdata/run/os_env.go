package main

import (
	"fmt"
	"os"
	"strings"
)

func count(key string) int {
	n := 0
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, key+"=") {
			n++
		}
	}
	return n
}

func main() {
	v, ok := os.LookupEnv("MGC_TEST_UNSET_VARIABLE")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Setenv("MGC_TEST_A", "one"))
	v, ok = os.LookupEnv("MGC_TEST_A")
	fmt.Printf("%q %v %q %d\n", v, ok, os.Getenv("MGC_TEST_A"), count("MGC_TEST_A"))
	fmt.Println(os.Setenv("MGC_TEST_A", "two=2"))
	fmt.Printf("%q %d\n", os.Getenv("MGC_TEST_A"), count("MGC_TEST_A"))
	fmt.Println(os.Setenv("MGC_TEST_EMPTY", ""))
	v, ok = os.LookupEnv("MGC_TEST_EMPTY")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Unsetenv("MGC_TEST_A"), os.Unsetenv("MGC_TEST_NEVER"))
	v, ok = os.LookupEnv("MGC_TEST_A")
	fmt.Printf("%q %v %d\n", v, ok, count("MGC_TEST_A"))

	err := os.Setenv("", "x")
	fmt.Println(err)
	fmt.Printf("%T\n", err)
	fmt.Println(os.Setenv("A=B", "x"))
	fmt.Println(os.Setenv("K", "a\x00b"))
	se := err.(*os.SyscallError)
	fmt.Println(se.Syscall, se.Err, se.Unwrap() == se.Err)

	os.Setenv("MGC_TEST_Z1", "1")
	os.Setenv("MGC_TEST_Z2", "2")
	env := os.Environ()
	fmt.Println(env[len(env)-2:])

	wd, err := os.Getwd()
	fmt.Println(err, strings.HasSuffix(wd, "/run"), strings.HasPrefix(wd, "/"))
	os.Setenv("PWD", "/")
	wd2, err := os.Getwd()
	fmt.Println(err, wd == wd2)
	h, err := os.Hostname()
	fmt.Println(err, len(h) > 0)
	fmt.Println(len(os.Args), os.NewSyscallError("x", nil) == nil)
	os.Clearenv()
	fmt.Println(len(os.Environ()), os.Getenv("MGC_TEST_Z1") == "")
}
