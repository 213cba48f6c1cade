package main

import (
	"errors"
	errors "strings" // ERROR "errors redeclared in this block" `imported and not used: "strings" as errors`
)

func c() error { return errors.New("c") }

func strconv() {} // ERROR `strconv already declared through import of package strconv \("strconv"\)`

type str int // ERROR `str already declared through import of package strings \("strings"\)`

const errors = 1 // ERROR `errors already declared through import of package errors \("errors"\)`
