package main

type Expr interface {
	Eval(env map[string]int) int
	String() string
}

type Num int
type Var string
type Bin struct {
	op   byte
	l, r Expr
}

func (n Num) Eval(map[string]int) int     { return int(n) }
func (n Num) String() string              { return itoa(int(n)) }
func (v Var) Eval(env map[string]int) int { return env[string(v)] }
func (v Var) String() string              { return string(v) }
func (b *Bin) Eval(env map[string]int) int {
	x, y := b.l.Eval(env), b.r.Eval(env)
	switch b.op {
	case '+':
		return x + y
	case '-':
		return x - y
	case '*':
		return x * y
	}
	return 0
}
func (b *Bin) String() string {
	return "(" + b.l.String() + " " + string(b.op) + " " + b.r.String() + ")"
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func main() {
	e := &Bin{'+', &Bin{'*', Var("x"), Num(3)}, &Bin{'-', Var("y"), Num(10)}}
	env := map[string]int{"x": 4, "y": 25}
	println(e.String(), "=", e.Eval(env))
	var exprs []Expr
	for i := 0; i < 5; i++ {
		exprs = append(exprs, &Bin{'*', Num(i), Var("x")})
	}
	total := 0
	for _, x := range exprs {
		total += x.Eval(env)
	}
	println(total)
}
