// alg.c: equality of memory (= rt/alg.go; Go's memequal is in assembly,
// internal/bytealg/equal_amd64.s). Hashing for maps and the typed equality
// functions (strequal, interequal, efaceeq) belong here when they arrive.
#include <string.h>

#include "runtime.h"

// = runtime.memequal
GoBool memequal(const void *a, const void *b, uint64_t size) {
    if (a == b || size == 0)
        return 1;
    return memcmp(a, b, (size_t)size) == 0;
}
