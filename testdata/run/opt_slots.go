// opt_slots: values kept in frame slots (structs, arrays, address-taken
// locals), stored and loaded back, changed through pointers and by calls, so
// opt/storeload.c must forward only what is really there.
package main

type pair struct {
	a int32
	b int64
	c uint8
	d float32
}

func bump(p *int) { *p += 10 }

func set(pp *pair) { pp.b = -1; pp.c = 255 }

//go:noinline
func id(p pair) pair { return p }

func main() {
	x := 1
	p := &x
	x = 2
	bump(p)
	println(x, *p)
	var pr pair
	pr.a = -5
	pr.b = 1 << 40
	pr.c = 200
	pr.d = 1.5
	println(pr.a, pr.b, pr.c, pr.d)
	q := id(pr)
	q.c += 100
	q.a -= 1 << 30
	println(q.a, q.b, q.c, q.d)
	set(&pr)
	println(pr.a, pr.b, pr.c, pr.d)
	var arr [5]int8
	for i := range arr {
		arr[i] = int8(i * 60)
	}
	println(arr[0], arr[1], arr[2], arr[3], arr[4])
	arr[2] = arr[4] + arr[3]
	println(arr[2])
	var u [2]uint16
	u[0] = 65535
	u[1] = u[0] + 1
	println(u[0], u[1])
	s := pr
	ps := &s
	ps.a = 7
	println(s.a, pr.a)
	t := [3]string{"a", "b", "c"}
	t[1] = t[0] + t[2]
	println(t[0], t[1], t[2], len(t[1]))
}
