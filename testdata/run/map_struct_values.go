// Struct and array elements: read fields of m[k], replace whole values,
// values larger than 128 bytes (stored indirectly) and over 1024 bytes.
package main

type Acct struct {
	Name    string
	Balance int
	Hist    [4]int
}

type Big struct {
	Data [40]int
	Tag  string
}

type Huge struct {
	Data [200]int
}

func main() {
	m := map[int]Acct{}
	m[1] = Acct{"ann", 10, [4]int{1, 2, 3, 4}}
	a := m[1]
	a.Balance += 5
	println(m[1].Balance, a.Balance, m[1].Hist[3], m[1].Name)
	m[1] = a
	println(m[1].Balance, m[2].Name == "", m[2].Hist[0])

	big := map[string]Big{}
	var b Big
	for i := 0; i < len(b.Data); i++ {
		b.Data[i] = i * i
	}
	b.Tag = "squares"
	big["sq"] = b
	b.Data[39] = 0
	println(big["sq"].Data[39], big["sq"].Tag, big["none"].Data[5], len(big["none"].Tag))

	huge := map[int]Huge{}
	var h Huge
	h.Data[199] = 77
	huge[5] = h
	println(huge[5].Data[199], huge[6].Data[199])
	hv, ok := huge[7]
	println(hv.Data[0], ok)

	type BigKey struct {
		A [20]int
	}
	bk := map[BigKey]int{}
	var k BigKey
	k.A[19] = 1
	bk[k] = 100
	k.A[19] = 2
	bk[k] = 200
	k.A[19] = 1
	println(bk[k], len(bk))
	for key, v := range bk {
		if key.A[19]*100 != v {
			println("mismatch")
		}
	}
}
