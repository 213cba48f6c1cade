// hash/fnv and hash/crc32: the 32- and 64-bit FNV hashes and CRC-32 over
// three polynomials, as hash.Hash32 and hash.Hash64 values.
package main

import (
	"fmt"
	"hash"
	"hash/crc32"
	"hash/fnv"
)

func show32(name string, h hash.Hash32, s string) {
	h.Write([]byte(s))
	fmt.Printf("%-8s %q %08x %x %d %d %T\n", name, s, h.Sum32(), h.Sum([]byte("=")), h.Size(), h.BlockSize(), h)
	h.Reset()
	fmt.Printf("  reset %08x\n", h.Sum32())
}

func show64(name string, h hash.Hash64, s string) {
	h.Write([]byte(s))
	fmt.Printf("%-8s %q %016x %x %d %d %T\n", name, s, h.Sum64(), h.Sum(nil), h.Size(), h.BlockSize(), h)
	h.Reset()
	fmt.Printf("  reset %016x\n", h.Sum64())
}

func main() {
	for _, s := range []string{"", "a", "hello, world", "The quick brown fox jumps over the lazy dog"} {
		show32("fnv32", fnv.New32(), s)
		show32("fnv32a", fnv.New32a(), s)
		show64("fnv64", fnv.New64(), s)
		show64("fnv64a", fnv.New64a(), s)
		show32("crc32", crc32.NewIEEE(), s)
		show32("castagn", crc32.New(crc32.MakeTable(crc32.Castagnoli)), s)
	}
	data := []byte("123456789")
	fmt.Printf("%08x\n", crc32.ChecksumIEEE(data))
	fmt.Printf("%08x\n", crc32.Checksum(data, crc32.MakeTable(crc32.Koopman)))
	fmt.Printf("%08x\n", crc32.Checksum(data, crc32.MakeTable(crc32.Castagnoli)))
	fmt.Println(crc32.MakeTable(crc32.IEEE) == crc32.IEEETable, crc32.Size, crc32.IEEETable[1], len(crc32.IEEETable))
	crc := crc32.Update(0, crc32.IEEETable, data[:4])
	fmt.Printf("%08x\n", crc32.Update(crc, crc32.IEEETable, data[4:]))
}
