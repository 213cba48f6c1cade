// The initializer of a blank package variable is checked like any other.
package main

var _ = nosuch() // ERROR "undefined: nosuch"

var _ int = "s" // ERROR `cannot use "s" \(untyped string constant\) as int value in variable declaration`

func main() {}
