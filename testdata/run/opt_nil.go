// opt_nil: nil checks the optimizer may remove (after an allocation, under a
// dominating check) and ones it must keep (a nil pointer reached in a loop,
// recovered each time), with panics of every kind raised inside loops.
package main

type node struct {
	val  int
	next *node
	pad  [3]int
}

func sum(l *node) int {
	s := 0
	for p := l; p != nil; p = p.next {
		s += p.val
		s += p.val * 2
	}
	return s
}

func fresh() int {
	n := &node{val: 5}
	n.val++
	n.pad[2] = n.val
	m := new(node)
	m.next = n
	return m.next.val + n.pad[2] + m.val
}

func deref(p *node, i int) (r int, err string) {
	defer func() {
		if e := recover(); e != nil {
			err = e.(error).Error()
		}
	}()
	r = p.val
	r += p.val
	if i > 1 {
		r += p.next.val
	}
	return r, ""
}

func index(s []int, i int) (r int, err string) {
	defer func() {
		if e := recover(); e != nil {
			err = e.(error).Error()
		}
	}()
	for k := 0; k <= i; k++ {
		r += s[k]
	}
	return r, ""
}

func divide(a []int) (r int, err string) {
	defer func() {
		if e := recover(); e != nil {
			err = e.(error).Error()
		}
	}()
	r = 1000
	for _, d := range a {
		r = r / d
	}
	return r, ""
}

func main() {
	var l *node
	for i := 0; i < 5; i++ {
		l = &node{val: i, next: l}
	}
	println(sum(l), sum(nil), fresh())
	for i := 0; i < 4; i++ {
		var p *node
		if i%2 == 1 {
			p = &node{val: i}
		}
		r, err := deref(p, i)
		println(i, r, err)
	}
	s := []int{1, 2, 3}
	for i := 0; i < 5; i++ {
		r, err := index(s, i)
		println(i, r, err)
	}
	r, err := divide([]int{2, 5, 0, 3})
	println(r, err)
	r, err = divide([]int{2, 5, -1})
	println(r, err)
	var a [4]int
	for i := range a {
		a[i] = i * i
	}
	q := &a
	println(q[3], len(q))
	var np *[4]int
	for i := 0; i < 3; i++ {
		func() {
			defer func() { println("recovered", recover() != nil) }()
			println(np[i])
		}()
	}
}
