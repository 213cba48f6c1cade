package main

// A cycle through a type definition and a value (types2 validCycle): named
// from the declaration that comes first, as a type or as a value.

type T struct{ a [len(x)]int } // ERROR `invalid recursive type T(\n\t.*:6:6: T refers to\n\t.*:8:5: x refers to\n\t.*:6:6: T)?$`

var x T

const k = len(V{}) // ERROR `illegal cycle in declaration of k(\n\t.*:10:7: k refers to\n\t.*:12:6: V refers to\n\t.*:10:7: k)?$`

type V [k]int

var y W // ERROR `illegal cycle in declaration of y(\n\t.*:14:5: y refers to\n\t.*:16:6: W refers to\n\t.*:14:5: y)?$`

type W struct{ a [len(y)]int }

func main() {}
