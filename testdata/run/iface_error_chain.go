package main

type Wrapper interface{ Unwrap() error }

type base struct{ msg string }

func (b *base) Error() string { return b.msg }

type wrapped struct {
	ctx string
	err error
}

func (w *wrapped) Error() string { return w.ctx + ": " + w.err.Error() }
func (w *wrapped) Unwrap() error { return w.err }

func chain(err error, depth int) error {
	for i := 0; i < depth; i++ {
		err = &wrapped{"level", err}
	}
	return err
}

func main() {
	root := &base{"root cause"}
	var err error = &wrapped{"open", &wrapped{"read", root}}
	println(err.Error())
	println(err != root)
	var w Wrapper = &wrapped{"top", err}
	for w != nil {
		e := w.Unwrap()
		println(e.Error())
		w = nil
	}
	println(chain(root, 3).Error())
}
