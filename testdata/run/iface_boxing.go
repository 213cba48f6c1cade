package main

type Small uint8
type Pair struct{ a, b int32 }
type Empty struct{}
type PtrBox struct{ p *int }

func show(xs ...any) {
	for _, x := range xs {
		println(x == x)
	}
}

func main() {
	var u8 uint8 = 200
	var b = true
	var i16 int16 = -300
	var i32 int32 = 70000
	var i64 = int64(-5)
	var f32 float32 = 1.5
	var f64 = 2.25
	var s = "str"
	var sl = []int{1, 2}
	var n = 7
	p := &n
	var xs = []any{u8, b, i16, i32, i64, f32, f64, s, Small(3), Pair{1, 2}, Empty{}, PtrBox{p}, p, 255, 256, -1, "", 0.0, 'x', "const"}
	println(len(xs))
	println(xs[0] == uint8(200), xs[1] == true, xs[2] == int16(-300), xs[3] == int32(70000))
	println(xs[4] == int64(-5), xs[5] == float32(1.5), xs[6] == 2.25, xs[7] == "str")
	println(xs[8] == Small(3), xs[9] == Pair{1, 2}, xs[10] == Empty{}, xs[11] == PtrBox{p}, xs[12] == p)
	println(xs[13] == 255, xs[14] == 256, xs[15] == -1, xs[16] == "", xs[17] == 0.0, xs[18] == 'x', xs[19] == "const")
	var e any = sl
	_ = e
	show(1, "a", 2.5, Pair{3, 4})
	n = 9
	println(xs[11] == PtrBox{&n})
}
