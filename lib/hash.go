// Package hash: the interfaces every hash function implements (LANGUAGE.md).
// crypto/sha256's and crypto/md5's digests, hash/fnv's and hash/crc32's
// satisfy them through itabs like any program's types.
package hash

import "io"

// Hash is a running hash: Write adds more data (it never returns an error),
// Sum appends the hash of what was written so far to b without changing the
// state, Reset starts over, Size is the length of Sum's result in bytes and
// BlockSize the size of the blocks the hash works on.
type Hash interface {
	io.Writer
	Sum(b []byte) []byte
	Reset()
	Size() int
	BlockSize() int
}

// Hash32 is a Hash whose sum is also a uint32.
type Hash32 interface {
	Hash
	Sum32() uint32
}

// Hash64 is a Hash whose sum is also a uint64.
type Hash64 interface {
	Hash
	Sum64() uint64
}
