package main

// Found by make fuzz: a constant declared without a value and with a struct
// type, used as a type, crashed the checker (its value was missing when the
// "is not a type" message printed it).

const Node struct { // ERROR "missing init expr for Node" "invalid constant type struct{v int}"
	v int
}

func main() {
	list := &Node{1}
	_ = list
}
