package main

type Logger interface{ Log(s string) }

type L struct{ prefix string }

func (l L) Log(s string) { println(l.prefix + s) }

func work(lg Logger) {
	done := lg.Log
	defer done("done")
	lg.Log("working")
}

func main() {
	work(L{"> "})
	var lg Logger = &L{"* "}
	f := Logger.Log
	defer f(lg, "deferred through a method expression")
	lg.Log("main")
}
