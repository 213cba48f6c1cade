// mgc-only: go1.19 accepts this program. Members of time, the hashes and
// the encodings that mini-Go does not offer are rejected with the list of
// what the package offers.
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
	_ = time.NowX                         // ERROR "time.NowX is not supported by mgc \(package time offers .*LoadLocation, .*LoadLocationFromTZData, .*ParseError, Parse, ParseInLocation, .*\)"
	_ = fnv.New256                        // ERROR "fnv.New256 is not supported by mgc \(package hash/fnv offers New32, New32a, New64, New64a, New128, New128a\)"
	_ = sha256.Sum256X                    // ERROR "sha256.Sum256X is not supported by mgc \(package crypto/sha256 offers Size, Size224, BlockSize, New, New224, Sum256, Sum224\)"
	_ = md5.New
	_ = hex.Dump
	_ = crc32.IEEE
	_ = base64.StdEncoding
}
