// math/rand's sequences for given seeds, the global source (seeded with 1)
// and every method, compared with go1.19.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	fmt.Println(rand.New(rand.NewSource(42)).Intn(100))

	// The top-level functions before any Seed: the global source is seeded
	// with 1.
	fmt.Println(rand.Int(), rand.Intn(10), rand.Int31(), rand.Int31n(1000), rand.Int63(), rand.Int63n(1e15))
	fmt.Println(rand.Uint32(), rand.Uint64(), rand.Float64(), rand.Float32())
	fmt.Println(rand.Perm(10))
	s := []string{"a", "b", "c", "d", "e", "f", "g"}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	b := make([]byte, 10)
	n, err := rand.Read(b)
	fmt.Println(n, err, b)
	rand.Seed(7)
	fmt.Println(rand.Int(), rand.Intn(1000))

	// Long sequences from several seeds, folded into a hash, and some shown.
	for _, seed := range []int64{0, 1, -1, 42, 89482311, 2147483647, 2147483648, -9223372036854775808, 1 << 62} {
		r := rand.New(rand.NewSource(seed))
		h := uint64(0)
		for i := 0; i < 20000; i++ {
			var v uint64
			switch i % 12 {
			case 0:
				v = uint64(r.Int63())
			case 1:
				v = r.Uint64()
			case 2:
				v = uint64(r.Intn(i + 1))
			case 3:
				v = uint64(r.Int31n(int32(i*7919 + 3)))
			case 4:
				v = uint64(r.Int63n(int64(i)*1000000007 + 5))
			case 5:
				v = uint64(r.Float64() * (1 << 53))
			case 6:
				v = uint64(r.Float32() * (1 << 24))
			case 7:
				v = uint64(r.Uint32())
			case 8:
				v = uint64(r.Int31())
			case 9:
				v = uint64(r.Int())
			case 10:
				v = uint64(r.Intn(1 << 40))
			case 11:
				v = uint64(r.Int63n(1 << 20))
			}
			h = h*1000003 ^ v
		}
		fmt.Println(seed, h, r.Intn(100), r.Perm(5), r.Float64())
	}

	r := rand.New(rand.NewSource(99))
	for i := 0; i < 5; i++ {
		fmt.Print(r.Intn(6)+1, " ")
	}
	fmt.Println()
	r.Seed(99)
	for i := 0; i < 5; i++ {
		fmt.Print(r.Intn(6)+1, " ")
	}
	fmt.Println()
	p := make([]byte, 3)
	r.Read(p)
	fmt.Println(p)
	r.Read(p)
	fmt.Println(p)
	r.Seed(1)
	r.Read(p)
	fmt.Println(p)
	arr := make([]int, 100)
	for i := range arr {
		arr[i] = i
	}
	r.Shuffle(len(arr), func(i, j int) { arr[i], arr[j] = arr[j], arr[i] })
	fmt.Println(arr)
	fmt.Println(r.Perm(0), r.Perm(1), r.Perm(20))
	fmt.Printf("%T %T\n", rand.NewSource(1), r)
	var src rand.Source = rand.NewSource(5)
	_, is64 := src.(rand.Source64)
	fmt.Println(is64, src.Int63())
	src.Seed(5)
	fmt.Println(src.Int63())
}
