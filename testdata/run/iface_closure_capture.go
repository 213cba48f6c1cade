package main

type Acc interface{ Add(n int) }

type Sum struct{ total int }

func (s *Sum) Add(n int) { s.total += n }

func main() {
	s := &Sum{}
	var a Acc = s
	add := func(n int) { a.Add(n) }
	for i := 1; i <= 10; i++ {
		add(i)
	}
	println(s.total)
	var fs []func() int
	for _, v := range []any{1, 2, 3} {
		v := v
		fs = append(fs, func() int {
			if v == 2 {
				return 20
			}
			return 0
		})
	}
	for _, f := range fs {
		println(f())
	}
}
