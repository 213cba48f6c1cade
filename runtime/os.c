// os.c: the parts of package os that reach the operating system (= os/proc.go,
// os/file.go, os/env.go and the system calls under them): the functions
// lib/os.go declares without a body. Keep in sync with lib/os.go.
//
// A system call wrapper returns its result, or -errno on failure, one word
// that lib/os.go turns into a syscall.Errno inside Go's error types. Each
// retries after EINTR, as Go's ignoringEINTR does.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runtime.h"

extern char **environ;

// cstring copies a Go string into a NUL-terminated C string (on the heap of
// the collector; a NUL inside s ends the C string early, as in Go's
// syscall.ByteSliceFromString the call would fail with EINVAL: callers
// that care check first).
static char *cstring(GoString s) {
    char *c = mallocgc_noscan((uint64_t)s.len + 1);
    memcpy(c, s.ptr, (size_t)s.len);
    c[s.len] = '\0';
    return c;
}

static GoString gostring(const char *c) {
    size_t n = strlen(c);
    char *p = mallocgc_noscan(n + 1);
    memcpy(p, c, n);
    return (GoString){(const uint8_t *)p, (int64_t)n};
}

// has_nul: a path with a NUL byte is EINVAL before any system call (Go's
// syscall.BytePtrFromString).
static bool has_nul(GoString s) { return memchr(s.ptr, 0, (size_t)s.len) != NULL; }

static int64_t result(int64_t r) { return r < 0 ? -(int64_t)errno : r; }

// = os.Exit: end the process now with the given status. Deferred calls do not
// run; output already printed is flushed. The status the parent sees is
// code & 0xff, as for any exit(2) system call.
_Noreturn void os_Exit(int64_t code) {
    runtime_exit((int)code);
}

// = os.runtime_args: os.Args, the command line as a []string.
GoSlice os_runtime_args(void) __asm__("os.runtime_args");
GoSlice os_runtime_args(void) {
    GoString *args = mallocgc((uint64_t)runtime_argc * sizeof(GoString), NULL, true);
    for (int i = 0; i < runtime_argc; i++)
        args[i] = (GoString){(const uint8_t *)runtime_argv[i], (int64_t)strlen(runtime_argv[i])};
    return (GoSlice){args, runtime_argc, runtime_argc};
}

// = syscall.Open: the new descriptor or -errno.
int64_t os_sysOpen(GoString name, int64_t flag, uint64_t perm) __asm__("os.sysOpen");
int64_t os_sysOpen(GoString name, int64_t flag, uint64_t perm) {
    if (has_nul(name))
        return -EINVAL;
    char *path = cstring(name);
    int fd;
    do
        fd = open(path, (int)flag, (mode_t)perm);
    while (fd < 0 && errno == EINTR);
    return result(fd);
}

// = poll.FD.Read's system call: bytes read (0 at end of file) or -errno. As
// Go's, one read reads at most 1 GiB.
int64_t os_sysRead(int64_t fd, GoSlice b) __asm__("os.sysRead");
int64_t os_sysRead(int64_t fd, GoSlice b) {
    size_t max = b.len > (1 << 30) ? (1 << 30) : (size_t)b.len;
    ssize_t n;
    do
        n = read((int)fd, b.array, max);
    while (n < 0 && errno == EINTR);
    return result(n);
}

// = poll.FD.Pread: read at offset off without moving the file offset.
int64_t os_sysPread(int64_t fd, GoSlice b, int64_t off) __asm__("os.sysPread");
int64_t os_sysPread(int64_t fd, GoSlice b, int64_t off) {
    size_t max = b.len > (1 << 30) ? (1 << 30) : (size_t)b.len;
    ssize_t n;
    do
        n = pread((int)fd, b.array, max, (off_t)off);
    while (n < 0 && errno == EINTR);
    return result(n);
}

typedef struct WriteResult {
    int64_t n;      // bytes written
    int64_t errno_; // 0, or why the rest was not written
} WriteResult;

// = poll.FD.Write: every byte of b goes to fd, retrying after short writes
// and signals; an empty b is still one write(2) (which reports EBADF on a
// descriptor not open for writing). stdout is not buffered (as in Go), so
// output of the program's fmt calls and of println (stderr) reaches a
// shared file in program order.
WriteResult os_sysWrite(int64_t fd, GoSlice b) __asm__("os.sysWrite");
WriteResult os_sysWrite(int64_t fd, GoSlice b) {
    const char *p = b.array;
    int64_t done = 0;
    for (;;) {
        size_t max = b.len - done > (1 << 30) ? (1 << 30) : (size_t)(b.len - done);
        ssize_t w = write((int)fd, p + done, max);
        if (w < 0 && errno == EINTR)
            continue;
        if (w < 0 && errno == EPIPE && (fd == 1 || fd == 2))
            sigpipe();  // = epipecheck
        if (w < 0)
            return (WriteResult){done, errno};
        done += w;
        if (done == b.len)
            return (WriteResult){done, 0};
        if (w == 0)
            return (WriteResult){done, EIO};
    }
}

// = syscall.Seek: the new offset or -errno.
int64_t os_sysSeek(int64_t fd, int64_t offset, int64_t whence) __asm__("os.sysSeek");
int64_t os_sysSeek(int64_t fd, int64_t offset, int64_t whence) {
    return result(lseek((int)fd, (off_t)offset, (int)whence));
}

// = syscall.Close. Like Go, it does not retry after EINTR (the descriptor
// is gone either way).
int64_t os_sysClose(int64_t fd) __asm__("os.sysClose");
int64_t os_sysClose(int64_t fd) {
    return result(close((int)fd));
}

int64_t os_sysUnlink(GoString name) __asm__("os.sysUnlink");
int64_t os_sysUnlink(GoString name) {
    return has_nul(name) ? -EINVAL : result(unlink(cstring(name)));
}

int64_t os_sysRmdir(GoString name) __asm__("os.sysRmdir");
int64_t os_sysRmdir(GoString name) {
    return has_nul(name) ? -EINVAL : result(rmdir(cstring(name)));
}

int64_t os_sysMkdir(GoString name, uint64_t perm) __asm__("os.sysMkdir");
int64_t os_sysMkdir(GoString name, uint64_t perm) {
    return has_nul(name) ? -EINVAL : result(mkdir(cstring(name), (mode_t)perm));
}

typedef struct StatResult {
    int64_t mode;   // st_mode, or -errno
    int64_t size;   // st_size
} StatResult;

static StatResult stat_result(int r, const struct stat *st) {
    return r < 0 ? (StatResult){-(int64_t)errno, 0} : (StatResult){st->st_mode, st->st_size};
}

// = syscall.Stat / Lstat, reduced to what os needs: st_mode and st_size.
StatResult os_sysStat(GoString name, GoBool follow) __asm__("os.sysStat");
StatResult os_sysStat(GoString name, GoBool follow) {
    if (has_nul(name))
        return (StatResult){-EINVAL, 0};
    struct stat st;
    int r = follow ? stat(cstring(name), &st) : lstat(cstring(name), &st);
    return stat_result(r, &st);
}

// = syscall.Fstat, likewise.
StatResult os_sysFstat(int64_t fd) __asm__("os.sysFstat");
StatResult os_sysFstat(int64_t fd) {
    struct stat st;
    return stat_result(fstat((int)fd, &st), &st);
}

typedef struct ReadDirResult {
    GoSlice names;      // []string
    int64_t errno_;     // 0, or why the directory could not be read
    GoBool open_failed; // the error came from opening it (Go's "open" op)
} ReadDirResult;

// = os.ReadDir's open and getdents: the names in directory name, without
// "." and "..", in the order the system lists them.
ReadDirResult os_sysReadDir(GoString name) __asm__("os.sysReadDir");
ReadDirResult os_sysReadDir(GoString name) {
    if (has_nul(name))
        return (ReadDirResult){{NULL, 0, 0}, EINVAL, true};
    int fd = open(cstring(name), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return (ReadDirResult){{NULL, 0, 0}, errno, true};
    DIR *d = fdopendir(fd);
    if (!d) {
        int e = errno;
        close(fd);
        return (ReadDirResult){{NULL, 0, 0}, e, false};
    }
    int64_t n = 0, cap = 16;
    GoString *names = mallocgc((uint64_t)cap * sizeof(GoString), NULL, true);
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        if (n == cap) {
            GoString *more = mallocgc((uint64_t)(2 * cap) * sizeof(GoString), NULL, true);
            memcpy(more, names, (size_t)n * sizeof(GoString));
            names = more, cap *= 2;
        }
        names[n++] = gostring(e->d_name);
    }
    closedir(d);
    return (ReadDirResult){{names, n, cap}, 0, false};
}

int64_t os_sysRename(GoString from, GoString to) __asm__("os.sysRename");
int64_t os_sysRename(GoString from, GoString to) {
    return has_nul(from) || has_nul(to) ? -EINVAL : result(rename(cstring(from), cstring(to)));
}

int64_t os_sysChdir(GoString dir) __asm__("os.sysChdir");
int64_t os_sysChdir(GoString dir) {
    return has_nul(dir) ? -EINVAL : result(chdir(cstring(dir)));
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
    (void)st, (void)flag, (void)ftw;
    return remove(path) < 0 ? errno : 0;
}

// = os.RemoveAll's walk: remove path and, depth first, all it contains,
// without following symbolic links. A path that does not exist is done.
int64_t os_sysRemoveAll(GoString path) __asm__("os.sysRemoveAll");
int64_t os_sysRemoveAll(GoString path) {
    if (has_nul(path))
        return -EINVAL;
    char *p = cstring(path);
    struct stat st;
    if (lstat(p, &st) < 0)
        return errno == ENOENT ? 0 : -(int64_t)errno;
    int r = nftw(p, remove_entry, 64, FTW_DEPTH | FTW_PHYS);
    if (r < 0)
        return errno == ENOENT ? 0 : -(int64_t)errno;
    return r > 0 ? -(int64_t)r : 0;
}

// = runtime.fastrand for os.MkdirTemp's and CreateTemp's names.
uint64_t os_fastrand(void) __asm__("os.fastrand");
uint64_t os_fastrand(void) { return (uint32_t)fastrand(); }

// = os.Getenv: the value of the environment variable key, or "".
GoString os_Getenv(GoString key) __asm__("os.Getenv");
GoString os_Getenv(GoString key) {
    const char *v = getenv(cstring(key));
    return v ? (GoString){(const uint8_t *)v, (int64_t)strlen(v)} : (GoString){NULL, 0};
}

// = os.Environ: a copy of the environment, "key=value" strings in order.
GoSlice os_Environ(void) __asm__("os.Environ");
GoSlice os_Environ(void) {
    int64_t n = 0;
    while (environ && environ[n])
        n++;
    GoString *kv = mallocgc((uint64_t)n * sizeof(GoString), NULL, true);
    for (int64_t i = 0; i < n; i++)
        kv[i] = gostring(environ[i]);
    return (GoSlice){kv, n, n};
}

// = syscall.Setenv after its checks (lib/os.go): 0 or -errno. setenv(3)
// replaces an existing variable in place and appends a new one, as Go's
// copy of the environment does.
int64_t os_sysSetenv(GoString key, GoString value) __asm__("os.sysSetenv");
int64_t os_sysSetenv(GoString key, GoString value) {
    return result(setenv(cstring(key), cstring(value), 1));
}

void os_sysUnsetenv(GoString key) __asm__("os.sysUnsetenv");
void os_sysUnsetenv(GoString key) {
    unsetenv(cstring(key));
}

void os_sysClearenv(void) __asm__("os.sysClearenv");
void os_sysClearenv(void) {
    clearenv();
}

typedef struct StringErrno {
    GoString s;
    int64_t errno_;
} StringErrno;

// = os.Getwd: $PWD if it is absolute and names the current directory (the
// same device and inode as "."), else getcwd(3).
StringErrno os_sysGetwd(void) __asm__("os.sysGetwd");
StringErrno os_sysGetwd(void) {
    struct stat dot, pwd;
    const char *env = getenv("PWD");
    if (stat(".", &dot) < 0)
        return (StringErrno){{NULL, 0}, errno};
    if (env && env[0] == '/' && stat(env, &pwd) == 0 && pwd.st_dev == dot.st_dev &&
        pwd.st_ino == dot.st_ino)
        return (StringErrno){gostring(env), 0};
    char buf[4096];
    if (!getcwd(buf, sizeof buf))
        return (StringErrno){{NULL, 0}, errno};
    return (StringErrno){gostring(buf), 0};
}

// = os.Hostname: the kernel's host name.
StringErrno os_sysHostname(void) __asm__("os.sysHostname");
StringErrno os_sysHostname(void) {
    char buf[256];
    if (gethostname(buf, sizeof buf - 1) < 0)
        return (StringErrno){{NULL, 0}, errno};
    buf[sizeof buf - 1] = '\0';
    return (StringErrno){gostring(buf), 0};
}

int64_t os_Getpid(void) __asm__("os.Getpid");
int64_t os_Getpid(void) { return getpid(); }
