// syscall.c: the C half of lib/syscall.go: the text of an Errno.
#include <stdio.h>
#include <string.h>

#include "runtime.h"

#include "errno_table.h"

// = syscall.Errno.Error: Go's text for errno e, "errno N" for one it does
// not name.
GoString syscall_Errno_Error(uint64_t e) __asm__("syscall.Errno.Error");
GoString syscall_Errno_Error(uint64_t e) {
    if (e < sizeof errno_text / sizeof *errno_text && errno_text[e]) {
        const char *s = errno_text[e];
        return (GoString){(const uint8_t *)s, (int64_t)strlen(s)};
    }
    char buf[32];
    int n = snprintf(buf, sizeof buf, "errno %llu", (unsigned long long)e);
    char *p = mallocgc_noscan((uint64_t)n);
    memcpy(p, buf, (size_t)n);
    return (GoString){(const uint8_t *)p, n};
}
