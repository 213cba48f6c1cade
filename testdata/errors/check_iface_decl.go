// Interface declarations: unique method names (also through embedding) and no embedding cycles.
package main

type A interface {
	M()
	M() // ERROR `duplicate method M(\n\t.*:5:2: other declaration of M)?$`
}

type B interface {
	N(int)
	N(string) // ERROR `duplicate method N(\n\t.*:10:2: other declaration of N)?$`
}

type E interface { // ERROR `invalid recursive type E(\n\t.*:14:6: E refers to\n\t.*:14:6: E)?$`
	E
}

type F interface { // ERROR `invalid recursive type F(\n\t.*:18:6: F refers to\n\t.*:22:6: G refers to\n\t.*:18:6: F)?$`
	G
}

type G interface {
	F
}

type X interface{ Close() error }

type Y interface{ Close() int }

type H interface {
	X
	Y // ERROR `duplicate method Close(\n\t.*:31:2: other declaration of Close)?$`
}

type J interface {
	X
	Close() error
}

type K interface {
	X // ERROR `duplicate method Close(\n\t.*:42:2: other declaration of Close)?$`
	Close()
}

func main() {}
