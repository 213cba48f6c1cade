// Package md5: the MD5 hash function of RFC 1321 (LANGUAGE.md), written in
// mini-Go for mgc. New's digest is a hash.Hash. (MD5 is broken for security;
// it is here for checksums, as in Go.)
package md5

import "hash"

// The size of an MD5 checksum, in bytes.
const Size = 16

// The block size of MD5, in bytes.
const BlockSize = 64

// digest is the running state: the four hash words, the bytes of an
// incomplete block (x[:nx]) and the number of bytes written.
type digest struct {
	s   [4]uint32
	x   [BlockSize]byte
	nx  int
	len uint64
}

// The sine table of RFC 1321 3.4: T[i] = floor(2^32 * |sin(i+1)|).
var sineT = [64]uint32{
	0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee,
	0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
	0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be,
	0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
	0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa,
	0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
	0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed,
	0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
	0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c,
	0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
	0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05,
	0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
	0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039,
	0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
	0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1,
	0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
}

// The left rotations of each round's four steps (RFC 1321 3.4).
var shifts = [16]uint{7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21}

// New returns a new hash.Hash computing the MD5 checksum.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

func (d *digest) Reset() {
	d.s = [4]uint32{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476}
	d.nx = 0
	d.len = 0
}

func (d *digest) Size() int { return Size }

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
	return append(in, sum[:]...)
}

// checkSum pads the message (RFC 1321 3.1 and 3.2: a 1 bit, zeros up to 56
// mod 64 bytes, the length in bits as a little-endian uint64) and returns
// the hash words little-endian.
func (d *digest) checkSum() [Size]byte {
	n := d.len
	var pad [BlockSize + 8]byte
	pad[0] = 0x80
	if n%64 < 56 {
		d.Write(pad[:56-n%64])
	} else {
		d.Write(pad[:64+56-n%64])
	}
	bits := n << 3
	for i := 0; i < 8; i++ {
		pad[i] = byte(bits >> (8 * uint(i)))
	}
	d.Write(pad[:8])
	var sum [Size]byte
	for i, w := range d.s {
		sum[i*4], sum[i*4+1], sum[i*4+2], sum[i*4+3] = byte(w), byte(w>>8), byte(w>>16), byte(w>>24)
	}
	return sum
}

// block hashes the 64-byte blocks of p into d.s (RFC 1321 3.4): four rounds
// of sixteen steps, each with its own mixing function and word order.
func block(d *digest, p []byte) {
	var m [16]uint32
	for len(p) >= BlockSize {
		for i := 0; i < 16; i++ {
			j := i * 4
			m[i] = uint32(p[j]) | uint32(p[j+1])<<8 | uint32(p[j+2])<<16 | uint32(p[j+3])<<24
		}
		a, b, c, dd := d.s[0], d.s[1], d.s[2], d.s[3]
		for i := 0; i < 64; i++ {
			var f uint32
			var g int
			switch i / 16 {
			case 0:
				f, g = b&c|^b&dd, i
			case 1:
				f, g = b&dd|c&^dd, (5*i+1)%16
			case 2:
				f, g = b^c^dd, (3*i+5)%16
			default:
				f, g = c^(b|^dd), (7*i)%16
			}
			s := shifts[i/16*4+i%4]
			x := a + f + sineT[i] + m[g]
			a, dd, c = dd, c, b
			b += x<<s | x>>(32-s)
		}
		d.s[0] += a
		d.s[1] += b
		d.s[2] += c
		d.s[3] += dd
		p = p[BlockSize:]
	}
}

// Sum returns the MD5 checksum of data.
func Sum(data []byte) [Size]byte {
	var d digest
	d.Reset()
	d.Write(data)
	return d.checkSum()
}
