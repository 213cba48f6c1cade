// mgc-only: go1.19 accepts this program. Members of time, the hashes and
// the encodings that mini-Go does not offer are rejected with the list of
// what the package offers; the timers wait for goroutines.
package main

import (
	"crypto/md5"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"hash/crc32"
	"hash/fnv"
	"time"
)

func main() {
	_, _ = time.Parse(time.RFC3339, "")   // ERROR "time.Parse is not supported by mgc"
	_, _ = time.LoadLocation("UTC")       // ERROR "time.LoadLocation is not supported by mgc"
	_ = fnv.New256                        // ERROR "fnv.New256 is not supported by mgc \(package hash/fnv offers New32, New32a, New64, New64a, New128, New128a\)"
	_ = sha256.Sum256X                    // ERROR "sha256.Sum256X is not supported by mgc \(package crypto/sha256 offers Size, Size224, BlockSize, New, New224, Sum256, Sum224\)"
	_ = md5.New
	_ = hex.Dump
	_ = crc32.IEEE
	_ = base64.StdEncoding
}
