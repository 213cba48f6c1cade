// short_circuit: && and || evaluate the right operand only when needed.
package main

func t(name string) bool {
	println("t", name)
	return true
}

func f(name string) bool {
	println("f", name)
	return false
}

func main() {
	println(t("a") && t("b"))
	println(f("c") && t("d"))
	println(t("e") || t("f"))
	println(f("g") || t("h"))
	println(f("i") || f("j"))
	println(t("k") && f("l") || t("m"))
	println(f("n") && t("o") || f("p") && t("q"))
	if t("r") && (f("s") || t("u")) {
		println("taken")
	}
	x := 0
	if x != 0 && 10/x > 1 {
		println("never")
	}
	println("done")
}
