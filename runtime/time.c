// time.c: the parts of package time that ask the operating system (= the
// runtime's walltime and nanotime, $TZ, and the zone files Go reads from
// /etc/localtime and /usr/share/zoneinfo): the functions lib/time.go
// declares without a body. Keep in sync with lib/time.go.
//
// The time zones themselves (Local, LoadLocation) are read by lib/time.go
// from the zone files, as Go reads them: here are only getenv and readFile.
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "runtime.h"

typedef struct WallTime {
    int64_t sec;  // seconds since 1970-01-01 00:00:00 UTC
    int64_t nsec; // [0, 999999999]
} WallTime;

// = runtime.walltime: the time of day.
WallTime time_now(void) __asm__("time.now");
WallTime time_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (WallTime){ts.tv_sec, ts.tv_nsec};
}

// = runtime.nanotime: the monotonic clock in nanoseconds.
int64_t time_runtimeNano(void) __asm__("time.runtimeNano");
int64_t time_runtimeNano(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

typedef struct EnvValue {
    GoString value;
    int64_t found; // a bool result, in a word of its own
} EnvValue;

// getenv = syscall.Getenv: the variable's value and whether it is set
// (TZ set but empty means UTC, unset means /etc/localtime).
EnvValue time_getenv(GoString key) __asm__("time.getenv");
EnvValue time_getenv(GoString key) {
    char *k = mallocgc_noscan((uint64_t)key.len + 1);
    memcpy(k, key.ptr, (size_t)key.len);
    k[key.len] = '\0';
    const char *v = getenv(k);
    if (v == NULL)
        return (EnvValue){{NULL, 0}, 0};
    return (EnvValue){{(const uint8_t *)v, (int64_t)strlen(v)}, 1};
}

typedef struct FileData {
    GoSlice data;
    int64_t errno_; // 0, an errno, or -1: larger than maxFileSize
} FileData;

enum { maxFileSize = 10 << 20 }; // = time's maxFileSize

// readFile = time's readFile (a zone file): its contents, or the errno of
// the open(2) or read(2) that failed (EISDIR for a directory), or -1 for a
// file over 10 MB, read 4096 bytes at a time as Go reads it.
FileData time_readFile(GoString name) __asm__("time.readFile");
FileData time_readFile(GoString name) {
    if (memchr(name.ptr, 0, (size_t)name.len) != NULL)
        return (FileData){{NULL, 0, 0}, EINVAL};
    char *path = mallocgc_noscan((uint64_t)name.len + 1);
    memcpy(path, name.ptr, (size_t)name.len);
    path[name.len] = '\0';
    int fd;
    do
        fd = open(path, O_RDONLY | O_CLOEXEC);
    while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return (FileData){{NULL, 0, 0}, errno};
    uint8_t *buf = NULL;
    int64_t len = 0, cap = 0, err = 0;
    for (;;) {
        if (cap - len < 4096) {
            cap = cap * 2 + 4096;
            uint8_t *nbuf = mallocgc_noscan((uint64_t)cap);
            if (len > 0)
                memcpy(nbuf, buf, (size_t)len);
            buf = nbuf;
        }
        ssize_t n = read(fd, buf + len, 4096);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            err = errno;
        if (n <= 0)
            break;
        len += n;
        if (len > maxFileSize) {
            err = -1;
            break;
        }
    }
    close(fd);
    if (err != 0)
        return (FileData){{NULL, 0, 0}, err};
    return (FileData){{buf, len, cap}, 0};
}
