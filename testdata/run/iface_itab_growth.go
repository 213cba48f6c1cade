package main

// Values of 34 types are converted from one interface to each of 30 others
// (every non-empty subset of five methods): each conversion is a convI2I,
// and the runtime builds an itab per (type, interface) pair, over 1000 in
// all, so its itab table grows from 512 entries to 1024, then to 2048.

type Big interface {
	A() int
	B() int
	C() int
	D() int
	E() int
}
type IA interface{ A() int }
type IB interface{ B() int }
type IC interface{ C() int }
type ID interface{ D() int }
type IE interface{ E() int }
type IAB interface {
	A() int
	B() int
}
type IAC interface {
	A() int
	C() int
}
type IAD interface {
	A() int
	D() int
}
type IAE interface {
	A() int
	E() int
}
type IBC interface {
	B() int
	C() int
}
type IBD interface {
	B() int
	D() int
}
type IBE interface {
	B() int
	E() int
}
type ICD interface {
	C() int
	D() int
}
type ICE interface {
	C() int
	E() int
}
type IDE interface {
	D() int
	E() int
}
type IABC interface {
	A() int
	B() int
	C() int
}
type IABD interface {
	A() int
	B() int
	D() int
}
type IABE interface {
	A() int
	B() int
	E() int
}
type IACD interface {
	A() int
	C() int
	D() int
}
type IACE interface {
	A() int
	C() int
	E() int
}
type IADE interface {
	A() int
	D() int
	E() int
}
type IBCD interface {
	B() int
	C() int
	D() int
}
type IBCE interface {
	B() int
	C() int
	E() int
}
type IBDE interface {
	B() int
	D() int
	E() int
}
type ICDE interface {
	C() int
	D() int
	E() int
}
type IABCD interface {
	A() int
	B() int
	C() int
	D() int
}
type IABCE interface {
	A() int
	B() int
	C() int
	E() int
}
type IABDE interface {
	A() int
	B() int
	D() int
	E() int
}
type IACDE interface {
	A() int
	C() int
	D() int
	E() int
}
type IBCDE interface {
	B() int
	C() int
	D() int
	E() int
}

type T0 int
type T1 int
type T2 int
type T3 int
type T4 int
type T5 int
type T6 int
type T7 int
type T8 int
type T9 int
type T10 int
type T11 int
type T12 int
type T13 int
type T14 int
type T15 int
type T16 int
type T17 int
type T18 int
type T19 int
type T20 int
type T21 int
type T22 int
type T23 int
type T24 int
type T25 int
type T26 int
type T27 int
type T28 int
type T29 int
type T30 int
type T31 int
type T32 int
type T33 int

func (t T0) A() int  { return int(t)*5 + 0 }
func (t T0) B() int  { return int(t)*5 + 1 }
func (t T0) C() int  { return int(t)*5 + 2 }
func (t T0) D() int  { return int(t)*5 + 3 }
func (t T0) E() int  { return int(t)*5 + 4 }
func (t T1) A() int  { return int(t)*5 + 0 }
func (t T1) B() int  { return int(t)*5 + 1 }
func (t T1) C() int  { return int(t)*5 + 2 }
func (t T1) D() int  { return int(t)*5 + 3 }
func (t T1) E() int  { return int(t)*5 + 4 }
func (t T2) A() int  { return int(t)*5 + 0 }
func (t T2) B() int  { return int(t)*5 + 1 }
func (t T2) C() int  { return int(t)*5 + 2 }
func (t T2) D() int  { return int(t)*5 + 3 }
func (t T2) E() int  { return int(t)*5 + 4 }
func (t T3) A() int  { return int(t)*5 + 0 }
func (t T3) B() int  { return int(t)*5 + 1 }
func (t T3) C() int  { return int(t)*5 + 2 }
func (t T3) D() int  { return int(t)*5 + 3 }
func (t T3) E() int  { return int(t)*5 + 4 }
func (t T4) A() int  { return int(t)*5 + 0 }
func (t T4) B() int  { return int(t)*5 + 1 }
func (t T4) C() int  { return int(t)*5 + 2 }
func (t T4) D() int  { return int(t)*5 + 3 }
func (t T4) E() int  { return int(t)*5 + 4 }
func (t T5) A() int  { return int(t)*5 + 0 }
func (t T5) B() int  { return int(t)*5 + 1 }
func (t T5) C() int  { return int(t)*5 + 2 }
func (t T5) D() int  { return int(t)*5 + 3 }
func (t T5) E() int  { return int(t)*5 + 4 }
func (t T6) A() int  { return int(t)*5 + 0 }
func (t T6) B() int  { return int(t)*5 + 1 }
func (t T6) C() int  { return int(t)*5 + 2 }
func (t T6) D() int  { return int(t)*5 + 3 }
func (t T6) E() int  { return int(t)*5 + 4 }
func (t T7) A() int  { return int(t)*5 + 0 }
func (t T7) B() int  { return int(t)*5 + 1 }
func (t T7) C() int  { return int(t)*5 + 2 }
func (t T7) D() int  { return int(t)*5 + 3 }
func (t T7) E() int  { return int(t)*5 + 4 }
func (t T8) A() int  { return int(t)*5 + 0 }
func (t T8) B() int  { return int(t)*5 + 1 }
func (t T8) C() int  { return int(t)*5 + 2 }
func (t T8) D() int  { return int(t)*5 + 3 }
func (t T8) E() int  { return int(t)*5 + 4 }
func (t T9) A() int  { return int(t)*5 + 0 }
func (t T9) B() int  { return int(t)*5 + 1 }
func (t T9) C() int  { return int(t)*5 + 2 }
func (t T9) D() int  { return int(t)*5 + 3 }
func (t T9) E() int  { return int(t)*5 + 4 }
func (t T10) A() int { return int(t)*5 + 0 }
func (t T10) B() int { return int(t)*5 + 1 }
func (t T10) C() int { return int(t)*5 + 2 }
func (t T10) D() int { return int(t)*5 + 3 }
func (t T10) E() int { return int(t)*5 + 4 }
func (t T11) A() int { return int(t)*5 + 0 }
func (t T11) B() int { return int(t)*5 + 1 }
func (t T11) C() int { return int(t)*5 + 2 }
func (t T11) D() int { return int(t)*5 + 3 }
func (t T11) E() int { return int(t)*5 + 4 }
func (t T12) A() int { return int(t)*5 + 0 }
func (t T12) B() int { return int(t)*5 + 1 }
func (t T12) C() int { return int(t)*5 + 2 }
func (t T12) D() int { return int(t)*5 + 3 }
func (t T12) E() int { return int(t)*5 + 4 }
func (t T13) A() int { return int(t)*5 + 0 }
func (t T13) B() int { return int(t)*5 + 1 }
func (t T13) C() int { return int(t)*5 + 2 }
func (t T13) D() int { return int(t)*5 + 3 }
func (t T13) E() int { return int(t)*5 + 4 }
func (t T14) A() int { return int(t)*5 + 0 }
func (t T14) B() int { return int(t)*5 + 1 }
func (t T14) C() int { return int(t)*5 + 2 }
func (t T14) D() int { return int(t)*5 + 3 }
func (t T14) E() int { return int(t)*5 + 4 }
func (t T15) A() int { return int(t)*5 + 0 }
func (t T15) B() int { return int(t)*5 + 1 }
func (t T15) C() int { return int(t)*5 + 2 }
func (t T15) D() int { return int(t)*5 + 3 }
func (t T15) E() int { return int(t)*5 + 4 }
func (t T16) A() int { return int(t)*5 + 0 }
func (t T16) B() int { return int(t)*5 + 1 }
func (t T16) C() int { return int(t)*5 + 2 }
func (t T16) D() int { return int(t)*5 + 3 }
func (t T16) E() int { return int(t)*5 + 4 }
func (t T17) A() int { return int(t)*5 + 0 }
func (t T17) B() int { return int(t)*5 + 1 }
func (t T17) C() int { return int(t)*5 + 2 }
func (t T17) D() int { return int(t)*5 + 3 }
func (t T17) E() int { return int(t)*5 + 4 }
func (t T18) A() int { return int(t)*5 + 0 }
func (t T18) B() int { return int(t)*5 + 1 }
func (t T18) C() int { return int(t)*5 + 2 }
func (t T18) D() int { return int(t)*5 + 3 }
func (t T18) E() int { return int(t)*5 + 4 }
func (t T19) A() int { return int(t)*5 + 0 }
func (t T19) B() int { return int(t)*5 + 1 }
func (t T19) C() int { return int(t)*5 + 2 }
func (t T19) D() int { return int(t)*5 + 3 }
func (t T19) E() int { return int(t)*5 + 4 }
func (t T20) A() int { return int(t)*5 + 0 }
func (t T20) B() int { return int(t)*5 + 1 }
func (t T20) C() int { return int(t)*5 + 2 }
func (t T20) D() int { return int(t)*5 + 3 }
func (t T20) E() int { return int(t)*5 + 4 }
func (t T21) A() int { return int(t)*5 + 0 }
func (t T21) B() int { return int(t)*5 + 1 }
func (t T21) C() int { return int(t)*5 + 2 }
func (t T21) D() int { return int(t)*5 + 3 }
func (t T21) E() int { return int(t)*5 + 4 }
func (t T22) A() int { return int(t)*5 + 0 }
func (t T22) B() int { return int(t)*5 + 1 }
func (t T22) C() int { return int(t)*5 + 2 }
func (t T22) D() int { return int(t)*5 + 3 }
func (t T22) E() int { return int(t)*5 + 4 }
func (t T23) A() int { return int(t)*5 + 0 }
func (t T23) B() int { return int(t)*5 + 1 }
func (t T23) C() int { return int(t)*5 + 2 }
func (t T23) D() int { return int(t)*5 + 3 }
func (t T23) E() int { return int(t)*5 + 4 }
func (t T24) A() int { return int(t)*5 + 0 }
func (t T24) B() int { return int(t)*5 + 1 }
func (t T24) C() int { return int(t)*5 + 2 }
func (t T24) D() int { return int(t)*5 + 3 }
func (t T24) E() int { return int(t)*5 + 4 }
func (t T25) A() int { return int(t)*5 + 0 }
func (t T25) B() int { return int(t)*5 + 1 }
func (t T25) C() int { return int(t)*5 + 2 }
func (t T25) D() int { return int(t)*5 + 3 }
func (t T25) E() int { return int(t)*5 + 4 }
func (t T26) A() int { return int(t)*5 + 0 }
func (t T26) B() int { return int(t)*5 + 1 }
func (t T26) C() int { return int(t)*5 + 2 }
func (t T26) D() int { return int(t)*5 + 3 }
func (t T26) E() int { return int(t)*5 + 4 }
func (t T27) A() int { return int(t)*5 + 0 }
func (t T27) B() int { return int(t)*5 + 1 }
func (t T27) C() int { return int(t)*5 + 2 }
func (t T27) D() int { return int(t)*5 + 3 }
func (t T27) E() int { return int(t)*5 + 4 }
func (t T28) A() int { return int(t)*5 + 0 }
func (t T28) B() int { return int(t)*5 + 1 }
func (t T28) C() int { return int(t)*5 + 2 }
func (t T28) D() int { return int(t)*5 + 3 }
func (t T28) E() int { return int(t)*5 + 4 }
func (t T29) A() int { return int(t)*5 + 0 }
func (t T29) B() int { return int(t)*5 + 1 }
func (t T29) C() int { return int(t)*5 + 2 }
func (t T29) D() int { return int(t)*5 + 3 }
func (t T29) E() int { return int(t)*5 + 4 }
func (t T30) A() int { return int(t)*5 + 0 }
func (t T30) B() int { return int(t)*5 + 1 }
func (t T30) C() int { return int(t)*5 + 2 }
func (t T30) D() int { return int(t)*5 + 3 }
func (t T30) E() int { return int(t)*5 + 4 }
func (t T31) A() int { return int(t)*5 + 0 }
func (t T31) B() int { return int(t)*5 + 1 }
func (t T31) C() int { return int(t)*5 + 2 }
func (t T31) D() int { return int(t)*5 + 3 }
func (t T31) E() int { return int(t)*5 + 4 }
func (t T32) A() int { return int(t)*5 + 0 }
func (t T32) B() int { return int(t)*5 + 1 }
func (t T32) C() int { return int(t)*5 + 2 }
func (t T32) D() int { return int(t)*5 + 3 }
func (t T32) E() int { return int(t)*5 + 4 }
func (t T33) A() int { return int(t)*5 + 0 }
func (t T33) B() int { return int(t)*5 + 1 }
func (t T33) C() int { return int(t)*5 + 2 }
func (t T33) D() int { return int(t)*5 + 3 }
func (t T33) E() int { return int(t)*5 + 4 }

func all() []Big {
	return []Big{T0(0), T1(1), T2(2), T3(3), T4(4), T5(5), T6(6), T7(7), T8(8), T9(9), T10(10), T11(11), T12(12), T13(13), T14(14), T15(15), T16(16), T17(17), T18(18), T19(19), T20(20), T21(21), T22(22), T23(23), T24(24), T25(25), T26(26), T27(27), T28(28), T29(29), T30(30), T31(31), T32(32), T33(33)}
}

func main() {
	sum := 0
	for round := 0; round < 2; round++ {
		for _, b := range all() {
			var iA IA = b
			sum += iA.A()
			var iB IB = b
			sum += iB.B()
			var iC IC = b
			sum += iC.C()
			var iD ID = b
			sum += iD.D()
			var iE IE = b
			sum += iE.E()
			var iAB IAB = b
			sum += iAB.B()
			var iAC IAC = b
			sum += iAC.C()
			var iAD IAD = b
			sum += iAD.D()
			var iAE IAE = b
			sum += iAE.E()
			var iBC IBC = b
			sum += iBC.C()
			var iBD IBD = b
			sum += iBD.D()
			var iBE IBE = b
			sum += iBE.E()
			var iCD ICD = b
			sum += iCD.D()
			var iCE ICE = b
			sum += iCE.E()
			var iDE IDE = b
			sum += iDE.E()
			var iABC IABC = b
			sum += iABC.C()
			var iABD IABD = b
			sum += iABD.D()
			var iABE IABE = b
			sum += iABE.E()
			var iACD IACD = b
			sum += iACD.D()
			var iACE IACE = b
			sum += iACE.E()
			var iADE IADE = b
			sum += iADE.E()
			var iBCD IBCD = b
			sum += iBCD.D()
			var iBCE IBCE = b
			sum += iBCE.E()
			var iBDE IBDE = b
			sum += iBDE.E()
			var iCDE ICDE = b
			sum += iCDE.E()
			var iABCD IABCD = b
			sum += iABCD.D()
			var iABCE IABCE = b
			sum += iABCE.E()
			var iABDE IABDE = b
			sum += iABDE.E()
			var iACDE IACDE = b
			sum += iACDE.E()
			var iBCDE IBCDE = b
			sum += iBCDE.E()
		}
	}
	println(sum)
}
