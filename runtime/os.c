// os.c: the parts of package os that reach the operating system (= os/proc.go,
// os/file.go, os/env.go): the functions lib/os.go declares without a body.
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runtime.h"

// = os.Exit: end the process now with the given status. Deferred calls do not
// run; output already printed is flushed. The status the parent sees is
// code & 0xff, as for any exit(2) system call.
_Noreturn void os_Exit(int64_t code) {
    runtime_exit((int)code);
}

// = os.runtime_args: os.Args, the command line as a []string.
GoSlice os_runtime_args(void) {
    GoString *args = mallocgc((uint64_t)runtime_argc * sizeof(GoString), NULL, true);
    for (int i = 0; i < runtime_argc; i++)
        args[i] = (GoString){(const uint8_t *)runtime_argv[i], (int64_t)strlen(runtime_argv[i])};
    return (GoSlice){args, runtime_argc, runtime_argc};
}

// = (*os.File).Write's system call: every byte of b goes to fd, retrying after
// short writes and signals. stdout is not buffered (as in Go), so output of
// the program's fmt calls and of println (stderr) reaches a shared file in
// program order.
int64_t os_write(int64_t fd, GoSlice b) {
    const char *p = b.array;
    int64_t left = b.len;
    while (left > 0) {
        ssize_t w = write((int)fd, p, (size_t)left);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            break;
        p += w;
        left -= w;
    }
    return b.len - left;
}

// = os.Getenv: the value of the environment variable key, or "".
GoString os_Getenv(GoString key) {
    char *k = mallocgc_noscan((uint64_t)key.len + 1);
    memcpy(k, key.ptr, (size_t)key.len);
    k[key.len] = '\0';
    const char *v = getenv(k);
    return v ? (GoString){(const uint8_t *)v, (int64_t)strlen(v)} : (GoString){NULL, 0};
}
