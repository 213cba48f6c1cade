// print.c: the built-in print and println (= rt/print.go).
//
// Output goes to stderr, fd 2. The compiler brackets each print statement with
// printlock/printunlock; while the lock is held, output collects in printbuf
// and printunlock writes it with one write(2), so one println is one write, as
// readable in strace as Go's. Outside a lock (the runtime's own messages, or a
// caller that never locks) every piece is written at once.
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "runtime.h"

static char printbuf[512];
static size_t printlen;   // bytes waiting in printbuf
static int printdepth;    // printlock nesting (= m.printlock)

// writeall writes n bytes to stderr, retrying after short writes and signals.
// Errors are ignored, as Go's writeErr does: there is nowhere to report them.
static void writeall(const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(2, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return;
        p += w;
        n -= (size_t)w;
    }
}

void printflush(void) {
    writeall(printbuf, printlen);
    printlen = 0;
}

// gwrite is the one place bytes leave print (= runtime.gwrite).
static void gwrite(const void *p, size_t n) {
    if (n == 0)
        return;
    if (printdepth == 0) {
        printflush();
        writeall(p, n);
        return;
    }
    if (printlen + n > sizeof printbuf) {
        printflush();
        if (n > sizeof printbuf) {
            writeall(p, n);
            return;
        }
    }
    memcpy(printbuf + printlen, p, n);
    printlen += n;
}

// = runtime.printlock
void printlock(void) {
    printdepth++;
}

// = runtime.printunlock
void printunlock(void) {
    if (printdepth > 0 && --printdepth == 0)
        printflush();
}

void printcstr(const char *s) {
    gwrite(s, strlen(s));
}

// = runtime.printsp
void printsp(void) {
    gwrite(" ", 1);
}

// = runtime.printnl
void printnl(void) {
    gwrite("\n", 1);
}

// = runtime.printbool
void printbool(GoBool v) {
    if (v)
        gwrite("true", 4);
    else
        gwrite("false", 5);
}

// = runtime.printuint: decimal digits, filled in from the right.
void printuint(uint64_t v) {
    char buf[20];
    int i = sizeof buf;
    do {
        buf[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v != 0);
    gwrite(buf + i, sizeof buf - (size_t)i);
}

// = runtime.printint. The magnitude is computed in unsigned arithmetic, so
// MinInt64 prints as -9223372036854775808 (Go's -v wraps the same way).
void printint(int64_t v) {
    if (v < 0) {
        gwrite("-", 1);
        printuint(0 - (uint64_t)v);
        return;
    }
    printuint((uint64_t)v);
}

// = runtime.printhex: 0x and lowercase hex digits, no leading zeros.
void printhex(uint64_t v) {
    static const char digits[] = "0123456789abcdef";
    char buf[18];
    int i = sizeof buf;
    do {
        buf[--i] = digits[v % 16];
        v /= 16;
    } while (v != 0);
    buf[--i] = 'x';
    buf[--i] = '0';
    gwrite(buf + i, sizeof buf - (size_t)i);
}

// = runtime.printpointer
void printpointer(const void *p) {
    printhex((uint64_t)(uintptr_t)p);
}

// = runtime.printstring: the bytes as they are, no quoting.
void printstring(GoString s) {
    gwrite(s.ptr, (size_t)s.len);
}

// = runtime.printslice: [len/cap]0xarray
void printslice(GoSlice s) {
    gwrite("[", 1);
    printint(s.len);
    gwrite("/", 1);
    printint(s.cap);
    gwrite("]", 1);
    printpointer(s.array);
}

// = runtime.printeface: (type,data) as two hex words.
void printeface(const _type *t, const void *data) {
    gwrite("(", 1);
    printpointer(t);
    gwrite(",", 1);
    printpointer(data);
    gwrite(")", 1);
}

// = runtime.printiface: (itab,data) as two hex words.
void printiface(const itab *tab, const void *data) {
    gwrite("(", 1);
    printpointer(tab);
    gwrite(",", 1);
    printpointer(data);
    gwrite(")", 1);
}

// = runtime.printfloat. Go's own algorithm, reproduced step by step because
// C's printf("%e") rounds differently in the last digit:
//   1. NaN, +Inf, -Inf are printed as words;
//   2. the sign goes first; zero takes its sign from 1/v (so -0 prints "-");
//   3. v is scaled by repeated *10 or /10 into [1, 10), counting the exponent;
//   4. 5e-7 (5 divided by ten, seven times) is added to round, renormalising
//      if that carried to 10;
//   5. seven digits are taken by truncation, giving +d.dddddde+ddd.
void printfloat(double v) {
    enum { ndigits = 7 };
    if (v != v) {
        gwrite("NaN", 3);
        return;
    }
    if (v + v == v && v > 0) {
        gwrite("+Inf", 4);
        return;
    }
    if (v + v == v && v < 0) {
        gwrite("-Inf", 4);
        return;
    }

    char buf[ndigits + 7];   // sign, d, '.', 6 digits, 'e', sign, 3 digits
    buf[0] = '+';
    int e = 0;
    if (v == 0) {
        if (1 / v < 0)
            buf[0] = '-';
    } else {
        if (v < 0) {
            v = -v;
            buf[0] = '-';
        }
        while (v >= 10) {
            e++;
            v /= 10;
        }
        while (v < 1) {
            e--;
            v *= 10;
        }
        double h = 5.0;
        for (int i = 0; i < ndigits; i++)
            h /= 10;
        v += h;
        if (v >= 10) {
            e++;
            v /= 10;
        }
    }

    // Digits go to buf[2..8]; then the first one moves left to make room for '.'.
    for (int i = 0; i < ndigits; i++) {
        int64_t s = (int64_t)v;
        buf[i + 2] = (char)('0' + s);
        v -= (double)s;
        v *= 10;
    }
    buf[1] = buf[2];
    buf[2] = '.';

    buf[ndigits + 2] = 'e';
    buf[ndigits + 3] = '+';
    if (e < 0) {
        e = -e;
        buf[ndigits + 3] = '-';
    }
    buf[ndigits + 4] = (char)('0' + e / 100);
    buf[ndigits + 5] = (char)('0' + e / 10 % 10);
    buf[ndigits + 6] = (char)('0' + e % 10);
    gwrite(buf, sizeof buf);
}
