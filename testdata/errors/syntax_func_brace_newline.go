// The { of a function body on the next line.

package main

func main()
{ // ERROR "syntax error: unexpected semicolon or newline before \{"
}
