package main

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
	Close()
}

type File struct {
	name string
	data string
}

func (f *File) Read() string       { return f.data }
func (f *File) Write(s string) int { f.data += s; return len(s) }
func (f *File) Close()             { println("close", f.name) }

func use(rw ReadWriter) {
	println(rw.Write("abc"), rw.Write("de"))
	println(rw.Read())
	rw.Close()
	var r Reader = rw
	println(r.Read())
	var w Writer = rw
	println(w.Write("!"))
	println(r.Read())
}

func main() {
	use(&File{name: "f1"})
}
