package main

type Stack struct {
	items []int
}

func push(s *Stack, v int) { s.items = append(s.items, v) }

func pop(s *Stack) (int, bool) {
	if len(s.items) == 0 {
		return 0, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Queue struct {
	buf        []string
	head, size int
}

func newQueue(n int) *Queue { return &Queue{buf: make([]string, n)} }

func enqueue(q *Queue, s string) {
	if q.size == len(q.buf) {
		nb := make([]string, 2*len(q.buf)+1)
		for i := 0; i < q.size; i++ {
			nb[i] = q.buf[(q.head+i)%len(q.buf)]
		}
		q.buf, q.head = nb, 0
	}
	q.buf[(q.head+q.size)%len(q.buf)] = s
	q.size++
}

func dequeue(q *Queue) (string, bool) {
	if q.size == 0 {
		return "", false
	}
	s := q.buf[q.head]
	q.buf[q.head] = ""
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return s, true
}

// balanced checks brackets with a slice of bytes as a stack.
func balanced(s string) bool {
	var st []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '(', '[', '{':
			st = append(st, c)
		case ')', ']', '}':
			if len(st) == 0 {
				return false
			}
			open := st[len(st)-1]
			st = st[:len(st)-1]
			if (c == ')' && open != '(') || (c == ']' && open != '[') || (c == '}' && open != '{') {
				return false
			}
		}
	}
	return len(st) == 0
}

func main() {
	var s Stack
	for i := 1; i <= 5; i++ {
		push(&s, i*i)
	}
	for {
		v, ok := pop(&s)
		if !ok {
			break
		}
		print(v, " ")
	}
	println()
	q := newQueue(2)
	words := []string{"one", "two", "three", "four", "five"}
	for i, w := range words {
		enqueue(q, w)
		if i%2 == 1 {
			v, _ := dequeue(q)
			println("dequeued", v)
		}
	}
	for q.size > 0 {
		v, _ := dequeue(q)
		println("rest", v)
	}
	_, ok := dequeue(q)
	println(ok, len(q.buf))
	for _, t := range []string{"([]{})", "([)]", "((", "", "{[()()]}"} {
		println(t, balanced(t))
	}
}
