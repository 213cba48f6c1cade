// A comment not terminated at the end of the file.
// ERRORAT 9 "comment not terminated"

package main

func main() {
}

/* abc
def