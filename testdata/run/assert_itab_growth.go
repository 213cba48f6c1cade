// Values of 36 types, each with some of five methods, are asserted from
// any to each of 31 interfaces (every non-empty subset of the methods)
// with v, ok := x.(I) (assertE2I2) and, where ok, x.(I) (assertE2I): the
// runtime builds an itab, or caches a negative one, for each of the 1116
// (type, interface) pairs, so its itab table grows past 512 and 1024 entries.
package main

type IA interface {
	A() int
}
type IB interface {
	B() int
}
type IAB interface {
	A() int
	B() int
}
type IC interface {
	C() int
}
type IAC interface {
	A() int
	C() int
}
type IBC interface {
	B() int
	C() int
}
type IABC interface {
	A() int
	B() int
	C() int
}
type ID interface {
	D() int
}
type IAD interface {
	A() int
	D() int
}
type IBD interface {
	B() int
	D() int
}
type IABD interface {
	A() int
	B() int
	D() int
}
type ICD interface {
	C() int
	D() int
}
type IACD interface {
	A() int
	C() int
	D() int
}
type IBCD interface {
	B() int
	C() int
	D() int
}
type IABCD interface {
	A() int
	B() int
	C() int
	D() int
}
type IE interface {
	E() int
}
type IAE interface {
	A() int
	E() int
}
type IBE interface {
	B() int
	E() int
}
type IABE interface {
	A() int
	B() int
	E() int
}
type ICE interface {
	C() int
	E() int
}
type IACE interface {
	A() int
	C() int
	E() int
}
type IBCE interface {
	B() int
	C() int
	E() int
}
type IABCE interface {
	A() int
	B() int
	C() int
	E() int
}
type IDE interface {
	D() int
	E() int
}
type IADE interface {
	A() int
	D() int
	E() int
}
type IBDE interface {
	B() int
	D() int
	E() int
}
type IABDE interface {
	A() int
	B() int
	D() int
	E() int
}
type ICDE interface {
	C() int
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
type IABCDE interface {
	A() int
	B() int
	C() int
	D() int
	E() int
}

type T0 int

func (t T0) A() int { return int(t) + 0 }

type T1 int

func (t T1) D() int { return int(t) + 3 }

type T2 int

func (t T2) A() int { return int(t) + 0 }
func (t T2) B() int { return int(t) + 1 }
func (t T2) C() int { return int(t) + 2 }
func (t T2) D() int { return int(t) + 3 }

type T3 int

func (t T3) B() int { return int(t) + 1 }
func (t T3) C() int { return int(t) + 2 }
func (t T3) E() int { return int(t) + 4 }

type T4 int

func (t T4) A() int { return int(t) + 0 }
func (t T4) C() int { return int(t) + 2 }
func (t T4) D() int { return int(t) + 3 }
func (t T4) E() int { return int(t) + 4 }

type T5 int

func (t T5) A() int { return int(t) + 0 }
func (t T5) C() int { return int(t) + 2 }

type T6 int

func (t T6) C() int { return int(t) + 2 }
func (t T6) D() int { return int(t) + 3 }

type T7 int

func (t T7) A() int { return int(t) + 0 }
func (t T7) B() int { return int(t) + 1 }
func (t T7) E() int { return int(t) + 4 }

type T8 int

func (t T8) B() int { return int(t) + 1 }
func (t T8) D() int { return int(t) + 3 }
func (t T8) E() int { return int(t) + 4 }

type T9 int

func (t T9) B() int { return int(t) + 1 }

type T10 int

func (t T10) A() int { return int(t) + 0 }
func (t T10) D() int { return int(t) + 3 }

type T11 int

func (t T11) E() int { return int(t) + 4 }

type T12 int

func (t T12) A() int { return int(t) + 0 }
func (t T12) B() int { return int(t) + 1 }
func (t T12) C() int { return int(t) + 2 }
func (t T12) E() int { return int(t) + 4 }

type T13 int

func (t T13) B() int { return int(t) + 1 }
func (t T13) C() int { return int(t) + 2 }
func (t T13) D() int { return int(t) + 3 }
func (t T13) E() int { return int(t) + 4 }

type T14 int

func (t T14) B() int { return int(t) + 1 }
func (t T14) C() int { return int(t) + 2 }

type T15 int

func (t T15) A() int { return int(t) + 0 }
func (t T15) C() int { return int(t) + 2 }
func (t T15) D() int { return int(t) + 3 }

type T16 int

func (t T16) C() int { return int(t) + 2 }
func (t T16) E() int { return int(t) + 4 }

type T17 int

func (t T17) A() int { return int(t) + 0 }
func (t T17) B() int { return int(t) + 1 }
func (t T17) D() int { return int(t) + 3 }
func (t T17) E() int { return int(t) + 4 }

type T18 int

func (t T18) A() int { return int(t) + 0 }
func (t T18) B() int { return int(t) + 1 }

type T19 int

func (t T19) B() int { return int(t) + 1 }
func (t T19) D() int { return int(t) + 3 }

type T20 int

func (t T20) A() int { return int(t) + 0 }
func (t T20) E() int { return int(t) + 4 }

type T21 int

func (t T21) D() int { return int(t) + 3 }
func (t T21) E() int { return int(t) + 4 }

type T22 int

func (t T22) A() int { return int(t) + 0 }
func (t T22) B() int { return int(t) + 1 }
func (t T22) C() int { return int(t) + 2 }
func (t T22) D() int { return int(t) + 3 }
func (t T22) E() int { return int(t) + 4 }

type T23 int

func (t T23) A() int { return int(t) + 0 }
func (t T23) B() int { return int(t) + 1 }
func (t T23) C() int { return int(t) + 2 }

type T24 int

func (t T24) B() int { return int(t) + 1 }
func (t T24) C() int { return int(t) + 2 }
func (t T24) D() int { return int(t) + 3 }

type T25 int

func (t T25) A() int { return int(t) + 0 }
func (t T25) C() int { return int(t) + 2 }
func (t T25) E() int { return int(t) + 4 }

type T26 int

func (t T26) C() int { return int(t) + 2 }
func (t T26) D() int { return int(t) + 3 }
func (t T26) E() int { return int(t) + 4 }

type T27 int

func (t T27) C() int { return int(t) + 2 }

type T28 int

func (t T28) A() int { return int(t) + 0 }
func (t T28) B() int { return int(t) + 1 }
func (t T28) D() int { return int(t) + 3 }

type T29 int

func (t T29) B() int { return int(t) + 1 }
func (t T29) E() int { return int(t) + 4 }

type T30 int

func (t T30) A() int { return int(t) + 0 }
func (t T30) D() int { return int(t) + 3 }
func (t T30) E() int { return int(t) + 4 }

type T31 int

func (t T31) A() int { return int(t) + 0 }

type T32 int

func (t T32) D() int { return int(t) + 3 }

type T33 int

func (t T33) A() int { return int(t) + 0 }
func (t T33) B() int { return int(t) + 1 }
func (t T33) C() int { return int(t) + 2 }
func (t T33) D() int { return int(t) + 3 }

type T34 int

func (t T34) B() int { return int(t) + 1 }
func (t T34) C() int { return int(t) + 2 }
func (t T34) E() int { return int(t) + 4 }

type T35 int

func (t T35) A() int { return int(t) + 0 }
func (t T35) C() int { return int(t) + 2 }
func (t T35) D() int { return int(t) + 3 }
func (t T35) E() int { return int(t) + 4 }

func tryIA(x any) int {
	if v, ok := x.(IA); ok {
		return v.A() + x.(IA).A()
	}
	return -1
}

func tryIB(x any) int {
	if v, ok := x.(IB); ok {
		return v.B() + x.(IB).B()
	}
	return -1
}

func tryIAB(x any) int {
	if v, ok := x.(IAB); ok {
		return v.A() + v.B() + x.(IAB).A()
	}
	return -1
}

func tryIC(x any) int {
	if v, ok := x.(IC); ok {
		return v.C() + x.(IC).C()
	}
	return -1
}

func tryIAC(x any) int {
	if v, ok := x.(IAC); ok {
		return v.A() + v.C() + x.(IAC).A()
	}
	return -1
}

func tryIBC(x any) int {
	if v, ok := x.(IBC); ok {
		return v.B() + v.C() + x.(IBC).B()
	}
	return -1
}

func tryIABC(x any) int {
	if v, ok := x.(IABC); ok {
		return v.A() + v.B() + v.C() + x.(IABC).A()
	}
	return -1
}

func tryID(x any) int {
	if v, ok := x.(ID); ok {
		return v.D() + x.(ID).D()
	}
	return -1
}

func tryIAD(x any) int {
	if v, ok := x.(IAD); ok {
		return v.A() + v.D() + x.(IAD).A()
	}
	return -1
}

func tryIBD(x any) int {
	if v, ok := x.(IBD); ok {
		return v.B() + v.D() + x.(IBD).B()
	}
	return -1
}

func tryIABD(x any) int {
	if v, ok := x.(IABD); ok {
		return v.A() + v.B() + v.D() + x.(IABD).A()
	}
	return -1
}

func tryICD(x any) int {
	if v, ok := x.(ICD); ok {
		return v.C() + v.D() + x.(ICD).C()
	}
	return -1
}

func tryIACD(x any) int {
	if v, ok := x.(IACD); ok {
		return v.A() + v.C() + v.D() + x.(IACD).A()
	}
	return -1
}

func tryIBCD(x any) int {
	if v, ok := x.(IBCD); ok {
		return v.B() + v.C() + v.D() + x.(IBCD).B()
	}
	return -1
}

func tryIABCD(x any) int {
	if v, ok := x.(IABCD); ok {
		return v.A() + v.B() + v.C() + v.D() + x.(IABCD).A()
	}
	return -1
}

func tryIE(x any) int {
	if v, ok := x.(IE); ok {
		return v.E() + x.(IE).E()
	}
	return -1
}

func tryIAE(x any) int {
	if v, ok := x.(IAE); ok {
		return v.A() + v.E() + x.(IAE).A()
	}
	return -1
}

func tryIBE(x any) int {
	if v, ok := x.(IBE); ok {
		return v.B() + v.E() + x.(IBE).B()
	}
	return -1
}

func tryIABE(x any) int {
	if v, ok := x.(IABE); ok {
		return v.A() + v.B() + v.E() + x.(IABE).A()
	}
	return -1
}

func tryICE(x any) int {
	if v, ok := x.(ICE); ok {
		return v.C() + v.E() + x.(ICE).C()
	}
	return -1
}

func tryIACE(x any) int {
	if v, ok := x.(IACE); ok {
		return v.A() + v.C() + v.E() + x.(IACE).A()
	}
	return -1
}

func tryIBCE(x any) int {
	if v, ok := x.(IBCE); ok {
		return v.B() + v.C() + v.E() + x.(IBCE).B()
	}
	return -1
}

func tryIABCE(x any) int {
	if v, ok := x.(IABCE); ok {
		return v.A() + v.B() + v.C() + v.E() + x.(IABCE).A()
	}
	return -1
}

func tryIDE(x any) int {
	if v, ok := x.(IDE); ok {
		return v.D() + v.E() + x.(IDE).D()
	}
	return -1
}

func tryIADE(x any) int {
	if v, ok := x.(IADE); ok {
		return v.A() + v.D() + v.E() + x.(IADE).A()
	}
	return -1
}

func tryIBDE(x any) int {
	if v, ok := x.(IBDE); ok {
		return v.B() + v.D() + v.E() + x.(IBDE).B()
	}
	return -1
}

func tryIABDE(x any) int {
	if v, ok := x.(IABDE); ok {
		return v.A() + v.B() + v.D() + v.E() + x.(IABDE).A()
	}
	return -1
}

func tryICDE(x any) int {
	if v, ok := x.(ICDE); ok {
		return v.C() + v.D() + v.E() + x.(ICDE).C()
	}
	return -1
}

func tryIACDE(x any) int {
	if v, ok := x.(IACDE); ok {
		return v.A() + v.C() + v.D() + v.E() + x.(IACDE).A()
	}
	return -1
}

func tryIBCDE(x any) int {
	if v, ok := x.(IBCDE); ok {
		return v.B() + v.C() + v.D() + v.E() + x.(IBCDE).B()
	}
	return -1
}

func tryIABCDE(x any) int {
	if v, ok := x.(IABCDE); ok {
		return v.A() + v.B() + v.C() + v.D() + v.E() + x.(IABCDE).A()
	}
	return -1
}

func main() {
	xs := []any{T0(0), T1(1), T2(2), T3(3), T4(4), T5(5), T6(6), T7(7), T8(8), T9(9), T10(10), T11(11), T12(12), T13(13), T14(14), T15(15), T16(16), T17(17), T18(18), T19(19), T20(20), T21(21), T22(22), T23(23), T24(24), T25(25), T26(26), T27(27), T28(28), T29(29), T30(30), T31(31), T32(32), T33(33), T34(34), T35(35)}
	fs := []func(any) int{tryIA, tryIB, tryIAB, tryIC, tryIAC, tryIBC, tryIABC, tryID, tryIAD, tryIBD, tryIABD, tryICD, tryIACD, tryIBCD, tryIABCD, tryIE, tryIAE, tryIBE, tryIABE, tryICE, tryIACE, tryIBCE, tryIABCE, tryIDE, tryIADE, tryIBDE, tryIABDE, tryICDE, tryIACDE, tryIBCDE, tryIABCDE}
	sum, hits := 0, 0
	for round := 0; round < 2; round++ {
		for _, x := range xs {
			for _, f := range fs {
				if r := f(x); r >= 0 {
					sum += r
					hits++
				}
			}
		}
	}
	println(sum, hits)
}
