// Package fnv: the 32-, 64- and 128-bit FNV-1 and FNV-1a non-cryptographic
// hash functions (LANGUAGE.md), written in mini-Go for mgc. Each hash is a
// hash.Hash32, hash.Hash64 or hash.Hash whose state is the running sum itself
// (two words, most significant first, for the 128-bit ones).
package fnv

import (
	"hash"
	"math/bits"
)

type (
	sum32   uint32
	sum32a  uint32
	sum64   uint64
	sum64a  uint64
	sum128  [2]uint64
	sum128a [2]uint64
)

// The FNV offset bases and primes.
const (
	offset32 = 2166136261
	offset64 = 14695981039346656037
	prime32  = 16777619
	prime64  = 1099511628211

	// The 128-bit basis 0x6c62272e07bb014262b821756295c58d, and the prime
	// 2^88 + 0x13b as its two terms.
	offset128Higher = 0x6c62272e07bb0142
	offset128Lower  = 0x62b821756295c58d
	prime128Lower   = 0x13b
	prime128Shift   = 24 // 2^88 = 2^(64+24)
)

// New32 returns a new 32-bit FNV-1 hash.Hash.
func New32() hash.Hash32 {
	var s sum32 = offset32
	return &s
}

// New32a returns a new 32-bit FNV-1a hash.Hash.
func New32a() hash.Hash32 {
	var s sum32a = offset32
	return &s
}

// New64 returns a new 64-bit FNV-1 hash.Hash.
func New64() hash.Hash64 {
	var s sum64 = offset64
	return &s
}

// New64a returns a new 64-bit FNV-1a hash.Hash.
func New64a() hash.Hash64 {
	var s sum64a = offset64
	return &s
}

// New128 returns a new 128-bit FNV-1 hash.Hash.
func New128() hash.Hash {
	s := &sum128{offset128Higher, offset128Lower}
	return s
}

// New128a returns a new 128-bit FNV-1a hash.Hash.
func New128a() hash.Hash {
	s := &sum128a{offset128Higher, offset128Lower}
	return s
}

func (s *sum32) Reset()   { *s = offset32 }
func (s *sum32a) Reset()  { *s = offset32 }
func (s *sum64) Reset()   { *s = offset64 }
func (s *sum64a) Reset()  { *s = offset64 }
func (s *sum128) Reset()  { s[0], s[1] = offset128Higher, offset128Lower }
func (s *sum128a) Reset() { s[0], s[1] = offset128Higher, offset128Lower }

func (s *sum32) Sum32() uint32  { return uint32(*s) }
func (s *sum32a) Sum32() uint32 { return uint32(*s) }
func (s *sum64) Sum64() uint64  { return uint64(*s) }
func (s *sum64a) Sum64() uint64 { return uint64(*s) }

// FNV-1 multiplies, then xors in the byte; FNV-1a xors first.
func (s *sum32) Write(data []byte) (int, error) {
	h := *s
	for _, c := range data {
		h *= prime32
		h ^= sum32(c)
	}
	*s = h
	return len(data), nil
}

func (s *sum32a) Write(data []byte) (int, error) {
	h := *s
	for _, c := range data {
		h ^= sum32a(c)
		h *= prime32
	}
	*s = h
	return len(data), nil
}

func (s *sum64) Write(data []byte) (int, error) {
	h := *s
	for _, c := range data {
		h *= prime64
		h ^= sum64(c)
	}
	*s = h
	return len(data), nil
}

func (s *sum64a) Write(data []byte) (int, error) {
	h := *s
	for _, c := range data {
		h ^= sum64a(c)
		h *= prime64
	}
	*s = h
	return len(data), nil
}

// mul128 returns (hi, lo) * (2^88 + 0x13b) modulo 2^128:
//
//	lo*0x13b as 128 bits, plus (lo<<24 + hi*0x13b) in the high word
func mul128(hi, lo uint64) (uint64, uint64) {
	h, l := bits.Mul64(prime128Lower, lo)
	h += lo<<prime128Shift + prime128Lower*hi
	return h, l
}

func (s *sum128) Write(data []byte) (int, error) {
	hi, lo := s[0], s[1]
	for _, c := range data {
		hi, lo = mul128(hi, lo)
		lo ^= uint64(c)
	}
	s[0], s[1] = hi, lo
	return len(data), nil
}

func (s *sum128a) Write(data []byte) (int, error) {
	hi, lo := s[0], s[1]
	for _, c := range data {
		lo ^= uint64(c)
		hi, lo = mul128(hi, lo)
	}
	s[0], s[1] = hi, lo
	return len(data), nil
}

func (s *sum32) Size() int   { return 4 }
func (s *sum32a) Size() int  { return 4 }
func (s *sum64) Size() int   { return 8 }
func (s *sum64a) Size() int  { return 8 }
func (s *sum128) Size() int  { return 16 }
func (s *sum128a) Size() int { return 16 }

func (s *sum32) BlockSize() int   { return 1 }
func (s *sum32a) BlockSize() int  { return 1 }
func (s *sum64) BlockSize() int   { return 1 }
func (s *sum64a) BlockSize() int  { return 1 }
func (s *sum128) BlockSize() int  { return 1 }
func (s *sum128a) BlockSize() int { return 1 }

// Sum appends the sum big-endian.
func (s *sum32) Sum(in []byte) []byte   { return appendUint32(in, uint32(*s)) }
func (s *sum32a) Sum(in []byte) []byte  { return appendUint32(in, uint32(*s)) }
func (s *sum64) Sum(in []byte) []byte   { return appendUint64(in, uint64(*s)) }
func (s *sum64a) Sum(in []byte) []byte  { return appendUint64(in, uint64(*s)) }
func (s *sum128) Sum(in []byte) []byte  { return appendUint64(appendUint64(in, s[0]), s[1]) }
func (s *sum128a) Sum(in []byte) []byte { return appendUint64(appendUint64(in, s[0]), s[1]) }

func appendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func appendUint64(b []byte, v uint64) []byte {
	return appendUint32(appendUint32(b, uint32(v>>32)), uint32(v))
}
