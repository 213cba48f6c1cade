// Package sha256: the SHA-224 and SHA-256 hash functions of FIPS 180-4
// (LANGUAGE.md), written in mini-Go for mgc. New's digest is a hash.Hash.
package sha256

import "hash"

// The size of a SHA-256 checksum and of a SHA-224 checksum, in bytes.
const Size = 32
const Size224 = 28

// The block size of SHA-224 and SHA-256, in bytes.
const BlockSize = 64

// digest is the running state: the eight hash words, the bytes of an
// incomplete block (x[:nx]) and the number of bytes written.
type digest struct {
	h     [8]uint32
	x     [BlockSize]byte
	nx    int
	len   uint64
	is224 bool
}

// The initial hash words (FIPS 180-4 5.3.2 and 5.3.3).
var init256 = [8]uint32{
	0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
	0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
}

var init224 = [8]uint32{
	0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939,
	0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4,
}

// The round constants (FIPS 180-4 4.2.2).
var roundK = [64]uint32{
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5,
	0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
	0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
	0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
	0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
	0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
	0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5,
	0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
	0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
}

// New returns a new hash.Hash computing the SHA-256 checksum.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

// New224 returns a new hash.Hash computing the SHA-224 checksum.
func New224() hash.Hash {
	d := new(digest)
	d.is224 = true
	d.Reset()
	return d
}

func (d *digest) Reset() {
	if d.is224 {
		d.h = init224
	} else {
		d.h = init256
	}
	d.nx = 0
	d.len = 0
}

func (d *digest) Size() int {
	if d.is224 {
		return Size224
	}
	return Size
}

func (d *digest) BlockSize() int { return BlockSize }

// Write adds p to the hash: it completes the pending block, hashes the whole
// blocks of p in place and keeps the rest for later.
func (d *digest) Write(p []byte) (nn int, err error) {
	nn = len(p)
	d.len += uint64(nn)
	if d.nx > 0 {
		n := copy(d.x[d.nx:], p)
		d.nx += n
		if d.nx == BlockSize {
			block(d, d.x[:])
			d.nx = 0
		}
		p = p[n:]
	}
	if len(p) >= BlockSize {
		n := len(p) &^ (BlockSize - 1)
		block(d, p[:n])
		p = p[n:]
	}
	if len(p) > 0 {
		d.nx = copy(d.x[:], p)
	}
	return
}

// Sum appends the checksum to in; a copy of d is padded, so d goes on.
func (d *digest) Sum(in []byte) []byte {
	d0 := *d
	sum := d0.checkSum()
	if d0.is224 {
		return append(in, sum[:Size224]...)
	}
	return append(in, sum[:]...)
}

// checkSum pads the message (FIPS 180-4 5.1.1: a 1 bit, zeros up to 56 mod
// 64 bytes, the length in bits as a big-endian uint64) and returns the hash
// words big-endian.
func (d *digest) checkSum() [Size]byte {
	n := d.len
	var pad [BlockSize + 8]byte
	pad[0] = 0x80
	if n%64 < 56 {
		d.Write(pad[:56-n%64])
	} else {
		d.Write(pad[:64+56-n%64])
	}
	putUint64(pad[:], n<<3)
	d.Write(pad[:8])
	var sum [Size]byte
	for i, w := range d.h {
		putUint32(sum[i*4:], w)
	}
	return sum
}

func putUint32(b []byte, v uint32) {
	b[0], b[1], b[2], b[3] = byte(v>>24), byte(v>>16), byte(v>>8), byte(v)
}

func putUint64(b []byte, v uint64) {
	putUint32(b, uint32(v>>32))
	putUint32(b[4:], uint32(v))
}

func rotr(x uint32, n uint) uint32 { return x>>n | x<<(32-n) }

// block hashes the 64-byte blocks of p into d.h (FIPS 180-4 6.2.2).
func block(d *digest, p []byte) {
	var w [64]uint32
	for len(p) >= BlockSize {
		for i := 0; i < 16; i++ {
			j := i * 4
			w[i] = uint32(p[j])<<24 | uint32(p[j+1])<<16 | uint32(p[j+2])<<8 | uint32(p[j+3])
		}
		for i := 16; i < 64; i++ {
			s0 := rotr(w[i-15], 7) ^ rotr(w[i-15], 18) ^ w[i-15]>>3
			s1 := rotr(w[i-2], 17) ^ rotr(w[i-2], 19) ^ w[i-2]>>10
			w[i] = w[i-16] + s0 + w[i-7] + s1
		}
		a, b, c, e := d.h[0], d.h[1], d.h[2], d.h[4]
		dd, f, g, h := d.h[3], d.h[5], d.h[6], d.h[7]
		for i := 0; i < 64; i++ {
			t1 := h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + (e&f ^ ^e&g) + roundK[i] + w[i]
			t2 := (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + (a&b ^ a&c ^ b&c)
			h, g, f, e = g, f, e, dd+t1
			dd, c, b, a = c, b, a, t1+t2
		}
		d.h[0] += a
		d.h[1] += b
		d.h[2] += c
		d.h[3] += dd
		d.h[4] += e
		d.h[5] += f
		d.h[6] += g
		d.h[7] += h
		p = p[BlockSize:]
	}
}

// Sum256 returns the SHA-256 checksum of data.
func Sum256(data []byte) [Size]byte {
	var d digest
	d.Reset()
	d.Write(data)
	return d.checkSum()
}

// Sum224 returns the SHA-224 checksum of data.
func Sum224(data []byte) [Size224]byte {
	var d digest
	d.is224 = true
	d.Reset()
	d.Write(data)
	sum := d.checkSum()
	var out [Size224]byte
	copy(out[:], sum[:Size224])
	return out
}
