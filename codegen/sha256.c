// sha256.c: SHA-256 for the type hashes of descriptors: gc's types.TypeHash
// is the first 4 bytes of (NOT) SHA-256 of a type's link string
// (GO119-INTERNALS.md §1.7). The digest comes from OpenSSL's libcrypto.
#include "lower.h"

#include <openssl/evp.h>

void sha256(const void *data, size_t len, uint8_t out[32]) {
    unsigned int n = 32;
    if (!EVP_Digest(data, len, out, &n, EVP_sha256(), NULL) || n != 32)
        unreachable();  // libcrypto cannot fail on an in-memory SHA-256
}
