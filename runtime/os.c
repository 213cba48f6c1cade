// os.c: the parts of package os that reach the operating system (= os/proc.go,
// os/file.go). os.Args, os.Getenv, os.Stdout and os.Stderr arrive here later.
#include "runtime.h"

// = os.Exit: end the process now with the given status. Deferred calls do not
// run; output already printed is flushed. The status the parent sees is
// code & 0xff, as for any exit(2) system call.
_Noreturn void os_Exit(int64_t code) {
    runtime_exit((int)code);
}
