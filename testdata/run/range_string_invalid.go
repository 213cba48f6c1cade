// range_string_invalid: bad UTF-8 decodes as U+FFFD advancing one byte (lone continuation, truncated,
// overlong, surrogate, above U+10FFFF, 0xF8..0xFF).
package main

func show(name, s string) {
	print(name, ":")
	for i, r := range s {
		print(" ", i, "=", r)
	}
	println()
}

func main() {
	show("cont", "\x80a\xbf")
	show("trunc2", "\xc3")
	show("trunc3", "\xe4\xb8")
	show("trunc4", "\xf0\x9f\x98")
	show("overlong2", "\xc0\xaf\xc1\xbf")
	show("overlong3", "\xe0\x80\xaf")
	show("overlong4", "\xf0\x80\x80\xaf")
	show("surrogate", "\xed\xa0\x80\xed\xbf\xbf")
	show("max", "\xf4\x8f\xbf\xbf")
	show("toobig", "\xf4\x90\x80\x80")
	show("f8", "\xf8\x88\x80\x80\x80")
	show("ff", "\xfe\xff")
	show("mixed", "a\xffé\xe2\x82")
	show("badcont", "\xe2x\xac")
	show("edges", "\x7f\u0080\u07ff\u0800\uffff\U00010000\U0010ffff")
}
