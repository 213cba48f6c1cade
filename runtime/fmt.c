// fmt.c: package fmt's printer (= fmt/print.go and fmt/format.go), called by
// the bodiless functions of lib/fmt.go.
//
// Like Go's fmt, the printer sees each operand only as an interface value: a
// type descriptor and a data word. It walks the descriptor (struct fields,
// elements, map entries) the way reflect does, and asks whether a value
// implements error or Stringer by calling back into compiled code
// (fmt.handleMethods in lib/fmt.go), whose type switch goes through the
// same assertE2I2/getitab path as any user's `x.(error)`.
#include <stdio.h>
#include <string.h>

#include "fmt.h"

// The formatting state of one verb (= fmt.fmt, fmt/format.go).
typedef struct Fmt {
    FmtBuf *buf;
    bool minus, plus, sharp, space, zero;
    bool plusV, sharpV;     // %+v, %#v (plus and sharp are then cleared)
    bool widPresent, precPresent;
    int64_t wid, prec;
} Fmt;

// A value as reflect sees it: its type and the address of its bytes.
// canInterface is false for values reached through unexported fields
// (reflect's CanInterface), whose methods fmt does not call.
typedef struct Value {
    const _type *t;         // NULL: the invalid Value (a nil interface's element)
    const void *p;
    bool canInterface;
} Value;

// The printer's state for one call (= fmt.pp).
typedef struct pp {
    FmtBuf buf;
    Fmt fmt;
    eface arg;              // the operand being printed (type NULL: none)
    Value value;            // or the reflect value being printed
    bool erroring;          // printing a %!verb(...) form: no methods
    bool wrapErrs;          // Errorf: %w is allowed
    int64_t argNum;         // the operand being printed
    int64_t wrapped;        // the operand %w wrapped, or -1
    bool reordered;         // the format used an explicit index [n]: no EXTRA report
    bool goodArgNum;        // the current verb's index is valid
} pp;

static void printArg(pp *p, eface arg, int32_t verb);
static void printValue(pp *p, Value v, int32_t verb, int depth);

static const char ldigits[] = "0123456789abcdefx", udigits[] = "0123456789ABCDEFX";

static uint8_t kind_of(const _type *t) { return t->kind & kindMask; }

// ---- Calls into lib/fmt.go ----------------------------------------------------------

// What fmt.handleMethods found: the text of Error() (state 1) or String()
// (state 4); a panic in the method (2: text is the method's name, panicValue
// what it panicked with; 3: the receiver was a nil pointer, print "<nil>").
typedef struct MethodResult {
    GoString text;
    int64_t state;
    eface panicValue;
} MethodResult;
enum { methodNone, methodError, methodPanic, methodNilPanic, methodString };

MethodResult fmt_handleMethods(eface arg, int64_t verb) __asm__("fmt.handleMethods");
GoBool fmt_isError(eface arg) __asm__("fmt.isError");

// ---- Padding (= fmt.writePadding, pad, padString) ----------------------------------

static void writePadding(Fmt *f, int64_t n) {
    for (int64_t i = 0; i < n; i++)
        buf_byte(f->buf, f->zero ? '0' : ' ');
}

static void pad(Fmt *f, const char *s, int64_t n) {
    if (!f->widPresent || f->wid == 0) {
        buf_write(f->buf, s, n);
        return;
    }
    int64_t width = f->wid - rune_count((const uint8_t *)s, n);
    if (!f->minus)
        writePadding(f, width);
    buf_write(f->buf, s, n);
    if (f->minus)
        writePadding(f, width);
}

static void padString(Fmt *f, const char *s) { pad(f, s, (int64_t)strlen(s)); }

static void pad_buf(Fmt *f, FmtBuf *b) { pad(f, b->p, b->len); }

// ---- Numbers (= fmt.fmtInteger, fmtUnicode, fmtFloat) -------------------------------

// fmtInteger writes u in base, with Go's precision/zero-padding rules, the
// #-prefixes 0b, 0, 0x, and a sign.
static void fmtInteger(Fmt *f, uint64_t u, int base, bool isSigned, int32_t verb, const char *digits) {
    bool negative = isSigned && (int64_t)u < 0;
    if (negative)
        u = -u;
    int64_t prec = 0;
    if (f->precPresent) {
        prec = f->prec;
        if (prec == 0 && u == 0) {
            bool oldZero = f->zero;
            f->zero = false;
            writePadding(f, f->wid);
            f->zero = oldZero;
            return;
        }
    } else if (f->zero && f->widPresent) {
        prec = f->wid;
        if (negative || f->plus || f->space)
            prec--;   // room for the sign
    }
    int64_t size = 72 + (prec > 0 ? prec : 0);
    char *buf = mallocgc_noscan((uint64_t)size);
    int64_t i = size;
    do {
        buf[--i] = digits[u % (uint64_t)base];
        u /= (uint64_t)base;
    } while (u > 0);
    while (i > 0 && prec > size - i)
        buf[--i] = '0';
    if (f->sharp) {
        if (base == 2)
            buf[--i] = 'b', buf[--i] = '0';
        else if (base == 8 && buf[i] != '0')
            buf[--i] = '0';
        else if (base == 16)
            buf[--i] = digits[16], buf[--i] = '0';
    }
    if (verb == 'O')
        buf[--i] = 'o', buf[--i] = '0';
    if (negative)
        buf[--i] = '-';
    else if (f->plus)
        buf[--i] = '+';
    else if (f->space)
        buf[--i] = ' ';
    bool oldZero = f->zero;
    f->zero = false;
    pad(f, buf + i, size - i);
    f->zero = oldZero;
}

static void fmt0x64(Fmt *f, uint64_t v, bool leading0x) {
    bool sharp = f->sharp;
    f->sharp = leading0x;
    fmtInteger(f, v, 16, false, 'v', ldigits);
    f->sharp = sharp;
}

// fmtUnicode: U+0041, and with # U+0041 'A'.
static void fmtUnicode(Fmt *f, uint64_t u) {
    FmtBuf b = {0};
    char hex[32];
    int64_t prec = f->precPresent && f->prec > 4 ? f->prec : 4;
    buf_str(&b, "U+");
    int n = snprintf(hex, sizeof hex, "%llX", (unsigned long long)u);
    for (int64_t k = n; k < prec; k++)
        buf_byte(&b, '0');
    buf_str(&b, hex);
    if (f->sharp && u <= 0x10FFFF && is_print((int32_t)u)) {
        buf_str(&b, " '");
        buf_rune(&b, (int32_t)u);
        buf_byte(&b, '\'');
    }
    bool oldZero = f->zero;
    f->zero = false;
    pad_buf(f, &b);
    f->zero = oldZero;
}

// sharp_float adds what %#g/%#e/%#f demand: a decimal point always, and for
// %#g/%#v the trailing zeros up to the precision (= the f.sharp part of
// fmt.fmtFloat). num[0] is the sign.
static void sharp_float(FmtBuf *num, int32_t verb, int64_t prec) {
    int64_t digits = 0;
    if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x')
        digits = prec == -1 ? 6 : prec;
    FmtBuf tail = {0};
    bool hasPoint = false, sawNonzero = false;
    for (int64_t i = 1; i < num->len; i++) {
        char c = num->p[i];
        if (c == '.') {
            hasPoint = true;
        } else if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
            buf_write(&tail, num->p + i, num->len - i);
            num->len = i;
            break;
        } else {
            sawNonzero |= c != '0';
            if (sawNonzero)
                digits--;
        }
    }
    if (!hasPoint) {
        if (num->len == 2 && num->p[1] == '0')
            digits--;
        buf_byte(num, '.');
    }
    for (; digits > 0; digits--)
        buf_byte(num, '0');
    buf_write(num, tail.p, tail.len);
}

// fmtFloat formats v with strconv's verb and precision, then applies the
// sign, space, sharp and zero-padding flags (= fmt.fmtFloat).
static void fmtFloat(Fmt *f, double v, int bits, int32_t verb, int64_t prec) {
    if (f->precPresent)
        prec = f->prec;
    FmtBuf num = {0};
    buf_byte(&num, '+');
    append_float(&num, v, (char)(verb == 'v' ? 'g' : verb), prec, bits);
    char *s = num.p;
    int64_t n = num.len;
    if (s[1] == '-' || s[1] == '+')
        s++, n--;
    else
        s[0] = '+';
    if (f->space && s[0] == '+' && !f->plus)
        s[0] = ' ';
    if (s[1] == 'I' || s[1] == 'N') {   // Inf, NaN: no zero padding
        bool oldZero = f->zero;
        f->zero = false;
        if (s[1] == 'N' && !f->space && !f->plus)
            s++, n--;
        pad(f, s, n);
        f->zero = oldZero;
        return;
    }
    FmtBuf out = {0};
    buf_write(&out, s, n);
    if (f->sharp && verb != 'b')
        sharp_float(&out, verb, prec);
    if (f->plus || out.p[0] != '+') {
        if (f->zero && f->widPresent && f->wid > out.len) {
            buf_byte(f->buf, out.p[0]);
            writePadding(f, f->wid - out.len);
            buf_write(f->buf, out.p + 1, out.len - 1);
            return;
        }
        pad(f, out.p, out.len);
        return;
    }
    pad(f, out.p + 1, out.len - 1);
}

// ---- Strings and bytes (= fmt.fmtS, fmtSbx, fmtQ, fmtC, fmtQc) ----------------------

// truncate keeps the first prec runes of s.
static int64_t truncate(Fmt *f, const uint8_t *s, int64_t n) {
    if (!f->precPresent)
        return n;
    int64_t runes = 0;
    for (int64_t i = 0; i < n; runes++) {
        if (runes == f->prec)
            return i;
        int w;
        decode_rune(s + i, n - i, &w);
        i += w;
    }
    return n;
}

static void fmtS(Fmt *f, GoString s) { pad(f, (const char *)s.ptr, truncate(f, s.ptr, s.len)); }

// fmtSbx: hexadecimal of the bytes, with # a 0x prefix, with space one per byte.
static void fmtSbx(Fmt *f, const uint8_t *s, int64_t length, const char *digits) {
    if (f->precPresent && f->prec < length)
        length = f->prec;
    int64_t width = 2 * length;
    if (width > 0) {
        if (f->space) {
            if (f->sharp)
                width *= 2;
            width += length - 1;
        } else if (f->sharp) {
            width += 2;
        }
    } else {
        if (f->widPresent)
            writePadding(f, f->wid);
        return;
    }
    if (f->widPresent && f->wid > width && !f->minus)
        writePadding(f, f->wid - width);
    if (f->sharp)
        buf_byte(f->buf, '0'), buf_byte(f->buf, digits[16]);
    for (int64_t i = 0; i < length; i++) {
        if (f->space && i > 0) {
            buf_byte(f->buf, ' ');
            if (f->sharp)
                buf_byte(f->buf, '0'), buf_byte(f->buf, digits[16]);
        }
        buf_byte(f->buf, digits[s[i] >> 4]);
        buf_byte(f->buf, digits[s[i] & 0xF]);
    }
    if (f->widPresent && f->wid > width && f->minus)
        writePadding(f, f->wid - width);
}

static void fmtQ(Fmt *f, GoString s) {
    int64_t n = truncate(f, s.ptr, s.len);
    FmtBuf b = {0};
    if (f->sharp && can_backquote(s.ptr, n)) {
        buf_byte(&b, '`');
        buf_write(&b, s.ptr, n);
        buf_byte(&b, '`');
    } else {
        append_quote(&b, s.ptr, n, f->plus);
    }
    pad_buf(f, &b);
}

static void fmtC(Fmt *f, uint64_t c) {
    FmtBuf b = {0};
    buf_rune(&b, c > 0x10FFFF ? 0xFFFD : (int32_t)c);
    pad_buf(f, &b);
}

static void fmtQc(Fmt *f, uint64_t c) {
    FmtBuf b = {0};
    append_quote_rune(&b, c > 0x10FFFF ? 0xFFFD : (int32_t)c, f->plus);
    pad_buf(f, &b);
}

// ---- Bad verbs (= pp.badVerb) ---------------------------------------------------------

// badVerb writes %!verb(type=value), printing the value plainly.
static void badVerb(pp *p, int32_t verb) {
    p->erroring = true;
    buf_str(&p->buf, "%!");
    buf_rune(&p->buf, verb);
    buf_byte(&p->buf, '(');
    if (p->arg._type) {
        buf_gostr(&p->buf, type_string(p->arg._type));
        buf_byte(&p->buf, '=');
        printArg(p, p->arg, 'v');
    } else if (p->value.t) {
        buf_gostr(&p->buf, type_string(p->value.t));
        buf_byte(&p->buf, '=');
        printValue(p, p->value, 'v', 0);
    } else {
        buf_str(&p->buf, "<nil>");
    }
    buf_byte(&p->buf, ')');
    p->erroring = false;
}

// ---- Operands by kind (= pp.fmtBool, fmtInteger, fmtFloat, fmtString, fmtBytes) -------

static void ppBool(pp *p, bool v, int32_t verb) {
    if (verb == 't' || verb == 'v')
        padString(&p->fmt, v ? "true" : "false");
    else
        badVerb(p, verb);
}

static void ppInteger(pp *p, uint64_t v, bool isSigned, int32_t verb) {
    Fmt *f = &p->fmt;
    switch (verb) {
    case 'v':
        if (f->sharpV && !isSigned)
            fmt0x64(f, v, true);
        else
            fmtInteger(f, v, 10, isSigned, verb, ldigits);
        return;
    case 'd': fmtInteger(f, v, 10, isSigned, verb, ldigits); return;
    case 'b': fmtInteger(f, v, 2, isSigned, verb, ldigits); return;
    case 'o': case 'O': fmtInteger(f, v, 8, isSigned, verb, ldigits); return;
    case 'x': fmtInteger(f, v, 16, isSigned, verb, ldigits); return;
    case 'X': fmtInteger(f, v, 16, isSigned, verb, udigits); return;
    case 'c': fmtC(f, v); return;
    case 'q': fmtQc(f, v); return;
    case 'U': fmtUnicode(f, v); return;
    default: badVerb(p, verb);
    }
}

static void ppFloat(pp *p, double v, int bits, int32_t verb) {
    switch (verb) {
    case 'v': fmtFloat(&p->fmt, v, bits, 'g', -1); return;
    case 'b': case 'g': case 'G': case 'x': case 'X': fmtFloat(&p->fmt, v, bits, verb, -1); return;
    case 'f': case 'e': case 'E': case 'F': fmtFloat(&p->fmt, v, bits, verb == 'F' ? 'f' : verb, 6); return;
    default: badVerb(p, verb);
    }
}

static void ppString(pp *p, GoString s, int32_t verb) {
    switch (verb) {
    case 'v':
        if (p->fmt.sharpV)
            fmtQ(&p->fmt, s);
        else
            fmtS(&p->fmt, s);
        return;
    case 's': fmtS(&p->fmt, s); return;
    case 'x': fmtSbx(&p->fmt, s.ptr, s.len, ldigits); return;
    case 'X': fmtSbx(&p->fmt, s.ptr, s.len, udigits); return;
    case 'q': fmtQ(&p->fmt, s); return;
    default: badVerb(p, verb);
    }
}

// load_int reads the integer of kind k at addr, sign- or zero-extended.
static uint64_t load_int(uint8_t k, const void *addr) {
    switch (k) {
    case kindInt8: return (uint64_t)(int64_t)*(const int8_t *)addr;
    case kindInt16: return (uint64_t)(int64_t)*(const int16_t *)addr;
    case kindInt32: return (uint64_t)(int64_t)*(const int32_t *)addr;
    case kindUint8: return *(const uint8_t *)addr;
    case kindUint16: return *(const uint16_t *)addr;
    case kindUint32: return *(const uint32_t *)addr;
    default: return *(const uint64_t *)addr;
    }
}

static bool is_signed_kind(uint8_t k) { return k >= kindInt && k <= kindInt64; }

// ppBytes prints a []byte or [N]byte for %s %q %x %X, and as numbers for %v %d.
static void ppBytes(pp *p, const uint8_t *b, int64_t n, bool isNil, int32_t verb, GoString typeString) {
    Fmt *f = &p->fmt;
    switch (verb) {
    case 'v':
    case 'd':
        if (f->sharpV) {
            buf_gostr(&p->buf, typeString);
            if (isNil) {
                buf_str(&p->buf, "(nil)");
                return;
            }
            buf_byte(&p->buf, '{');
            for (int64_t i = 0; i < n; i++) {
                if (i > 0)
                    buf_str(&p->buf, ", ");
                fmt0x64(f, b[i], true);
            }
            buf_byte(&p->buf, '}');
        } else {
            buf_byte(&p->buf, '[');
            for (int64_t i = 0; i < n; i++) {
                if (i > 0)
                    buf_byte(&p->buf, ' ');
                fmtInteger(f, b[i], 10, false, verb, ldigits);
            }
            buf_byte(&p->buf, ']');
        }
        return;
    case 's': pad(f, (const char *)b, truncate(f, b, n)); return;
    case 'x': fmtSbx(f, b, n, ldigits); return;
    case 'X': fmtSbx(f, b, n, udigits); return;
    case 'q': fmtQ(f, (GoString){b, n}); return;
    }
}

// ---- Pointers (= pp.fmtPointer) ------------------------------------------------------

static void fmtPointer(pp *p, Value v, int32_t verb) {
    uint8_t k = kind_of(v.t);
    if (k != kindPtr && k != kindMap && k != kindFunc && k != kindSlice && k != kindChan &&
        k != kindUnsafePointer) {
        badVerb(p, verb);
        return;
    }
    uint64_t u = (uint64_t)*(void *const *)v.p;   // a slice's array word comes first
    if (k == kindFunc && u != 0)
        u = *(const uint64_t *)u;                 // a func value is a funcval: its code
    switch (verb) {
    case 'v':
        if (p->fmt.sharpV) {
            buf_byte(&p->buf, '(');
            buf_gostr(&p->buf, type_string(v.t));
            buf_str(&p->buf, ")(");
            if (u == 0)
                buf_str(&p->buf, "nil");
            else
                fmt0x64(&p->fmt, u, true);
            buf_byte(&p->buf, ')');
        } else if (u == 0) {
            padString(&p->fmt, "<nil>");
        } else {
            fmt0x64(&p->fmt, u, !p->fmt.sharp);
        }
        return;
    case 'p': fmt0x64(&p->fmt, u, !p->fmt.sharp); return;
    case 'b': case 'o': case 'd': case 'x': case 'X': ppInteger(p, u, false, verb); return;
    default: badVerb(p, verb);
    }
}

// ---- Methods (= pp.handleMethods, catchPanic) -------------------------------------------

static eface value_interface(Value v) {
    return (eface){v.t, isDirectIface(v.t) ? *(void *const *)v.p : (void *)v.p};
}

// handleMethods prints p->arg with its Error or String method for the verbs
// v s x X q (not for %#v), and handles %w in Errorf; false if it printed
// nothing.
static bool handleMethods(pp *p, int32_t verb) {
    if (p->erroring)
        return false;
    if (verb == 'w') {
        if (!fmt_isError(p->arg) || !p->wrapErrs || p->wrapped >= 0) {
            p->wrapped = -1;
            p->wrapErrs = false;
            badVerb(p, verb);
            return true;
        }
        p->wrapped = p->argNum;
        verb = 'v';
    }
    if (p->fmt.sharpV || !(verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q'))
        return false;
    MethodResult r = fmt_handleMethods(p->arg, verb);
    switch (r.state) {
    case methodNone: return false;
    case methodNilPanic: buf_str(&p->buf, "<nil>"); return true;   // unpadded, as catchPanic writes it
    case methodPanic: {
        Fmt saved = p->fmt;
        p->fmt = (Fmt){.buf = &p->buf};
        buf_str(&p->buf, "%!");
        buf_rune(&p->buf, verb);
        buf_str(&p->buf, "(PANIC=");
        buf_gostr(&p->buf, r.text);
        buf_str(&p->buf, " method: ");
        printArg(p, r.panicValue, 'v');
        buf_byte(&p->buf, ')');
        p->fmt = saved;
        return true;
    }
    default: ppString(p, r.text, verb); return true;
    }
}

// ---- Values by their descriptors (= pp.printValue) ---------------------------------------

static const structtype *as_struct(const _type *t) { return (const structtype *)t; }

// field_name_exported: the name's flag byte says exported (bit 0).
static bool name_exported(const uint8_t *n) { return n[0] & 1; }

// field_value is field i of struct value v; an interface field is replaced
// by its element (= fmt's getField).
static Value field_value(Value v, int64_t i) {
    const structfield *sf = &as_struct(v.t)->fields.ptr[i];
    Value f = {sf->typ, (const uint8_t *)v.p + sf->offset, v.canInterface && name_exported(sf->name)};
    return f;
}

static Value elem_of_interface(Value v) {
    const eface *e = v.p;   // {tab or _type, data}
    const _type *t = e->_type;
    if (t && ((const interfacetype *)v.t)->mhdr.len > 0)
        t = ((const itab *)(const void *)e->_type)->_type;
    if (t == NULL)
        return (Value){0};
    const void *addr = isDirectIface(t) ? (const void *)&e->data : e->data;
    return (Value){t, addr, v.canInterface};
}

static void printStruct(pp *p, Value v, int32_t verb, int depth) {
    if (p->fmt.sharpV)
        buf_gostr(&p->buf, type_string(v.t));
    buf_byte(&p->buf, '{');
    const structtype *st = as_struct(v.t);
    for (int64_t i = 0; i < st->fields.len; i++) {
        if (i > 0)
            buf_str(&p->buf, p->fmt.sharpV ? ", " : " ");
        if (p->fmt.plusV || p->fmt.sharpV) {
            buf_gostr(&p->buf, name_string(st->fields.ptr[i].name));
            buf_byte(&p->buf, ':');
        }
        Value f = field_value(v, i);
        if (kind_of(f.t) == kindInterface) {
            Value e = elem_of_interface(f);
            if (e.t)
                f = e;
        }
        printValue(p, f, verb, depth + 1);
    }
    buf_byte(&p->buf, '}');
}

// printList prints the n elements of type et at base: [a b] or T{a, b}.
static void printList(pp *p, Value v, const _type *et, const uint8_t *base, int64_t n, int32_t verb,
                      int depth) {
    if (p->fmt.sharpV) {
        buf_gostr(&p->buf, type_string(v.t));
        if (kind_of(v.t) == kindSlice && base == NULL) {
            buf_str(&p->buf, "(nil)");
            return;
        }
        buf_byte(&p->buf, '{');
    } else {
        buf_byte(&p->buf, '[');
    }
    for (int64_t i = 0; i < n; i++) {
        if (i > 0)
            buf_str(&p->buf, p->fmt.sharpV ? ", " : " ");
        printValue(p, (Value){et, base + i * (int64_t)et->size, v.canInterface}, verb, depth + 1);
    }
    buf_byte(&p->buf, p->fmt.sharpV ? '}' : ']');
}

static void printArrayOrSlice(pp *p, Value v, int32_t verb, int depth) {
    const _type *et;
    const uint8_t *base;
    int64_t n;
    if (kind_of(v.t) == kindSlice) {
        const GoSlice *s = v.p;
        et = ((const slicetype *)v.t)->elem, base = s->array, n = s->len;
    } else {
        et = ((const arraytype *)v.t)->elem, base = v.p, n = (int64_t)((const arraytype *)v.t)->len;
    }
    if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && kind_of(et) == kindUint8) {
        ppBytes(p, base, n, false, verb, type_string(v.t));
        return;
    }
    printList(p, v, et, base, n, verb, depth);
}

// printMap prints map[k:v k:v] (%#v: T{k:v, k:v}) with the keys sorted as
// internal/fmtsort sorts them.
static void printMap(pp *p, Value v, int32_t verb, int depth) {
    const maptype *mt = (const maptype *)v.t;
    void *h = *(void *const *)v.p;
    if (p->fmt.sharpV) {
        buf_gostr(&p->buf, type_string(v.t));
        if (h == NULL) {
            buf_str(&p->buf, "(nil)");
            return;
        }
        buf_byte(&p->buf, '{');
    } else {
        buf_str(&p->buf, "map[");
    }
    int64_t n;
    MapEntry *es = sorted_entries(mt, h, &n);
    for (int64_t i = 0; i < n; i++) {
        if (i > 0)
            buf_str(&p->buf, p->fmt.sharpV ? ", " : " ");
        printValue(p, (Value){mt->key, es[i].key, v.canInterface}, verb, depth + 1);
        buf_byte(&p->buf, ':');
        printValue(p, (Value){mt->elem, es[i].elem, v.canInterface}, verb, depth + 1);
    }
    buf_byte(&p->buf, p->fmt.sharpV ? '}' : ']');
}

static void printPointer(pp *p, Value v, int32_t verb, int depth) {
    const void *ptr = *(void *const *)v.p;
    if (depth == 0 && ptr != NULL) {
        const _type *et = ((const ptrtype *)v.t)->elem;
        uint8_t k = kind_of(et);
        if (k == kindArray || k == kindSlice || k == kindStruct || k == kindMap) {
            buf_byte(&p->buf, '&');
            printValue(p, (Value){et, ptr, v.canInterface}, verb, depth + 1);
            return;
        }
    }
    fmtPointer(p, v, verb);
}

static void printInterface(pp *p, Value v, int32_t verb, int depth) {
    Value e = elem_of_interface(v);
    if (e.t) {
        printValue(p, e, verb, depth + 1);
    } else if (p->fmt.sharpV) {
        buf_gostr(&p->buf, type_string(v.t));
        buf_str(&p->buf, "(nil)");
    } else {
        buf_str(&p->buf, "<nil>");
    }
}

static void printValue(pp *p, Value v, int32_t verb, int depth) {
    if (depth > 0 && v.t && v.canInterface) {
        p->arg = value_interface(v);
        if (handleMethods(p, verb))
            return;
    }
    p->arg = (eface){0};
    p->value = v;
    if (v.t == NULL) {
        if (depth == 0)
            buf_str(&p->buf, "<invalid reflect.Value>");
        else if (verb == 'v')
            buf_str(&p->buf, "<nil>");
        else
            badVerb(p, verb);
        return;
    }
    uint8_t k = kind_of(v.t);
    switch (k) {
    case kindBool: ppBool(p, *(const uint8_t *)v.p, verb); return;
    case kindInt: case kindInt8: case kindInt16: case kindInt32: case kindInt64:
    case kindUint: case kindUint8: case kindUint16: case kindUint32: case kindUint64: case kindUintptr:
        ppInteger(p, load_int(k, v.p), is_signed_kind(k), verb);
        return;
    case kindFloat32: ppFloat(p, *(const float *)v.p, 32, verb); return;
    case kindFloat64: ppFloat(p, *(const double *)v.p, 64, verb); return;
    case kindString: ppString(p, *(const GoString *)v.p, verb); return;
    case kindMap: printMap(p, v, verb, depth); return;
    case kindStruct: printStruct(p, v, verb, depth); return;
    case kindInterface: printInterface(p, v, verb, depth); return;
    case kindArray: case kindSlice: printArrayOrSlice(p, v, verb, depth); return;
    case kindPtr: printPointer(p, v, verb, depth); return;
    default: fmtPointer(p, v, verb); return;
    }
}

// ---- Operands (= pp.printArg) ---------------------------------------------------------------

// Predeclared types print without looking for methods, as printArg's type
// switch does; every other type goes through handleMethods first.
extern const _type fmt_type_bytes __asm__("type.$5b$5duint8") __attribute__((weak));

static bool has_methods(const _type *t) {
    const uncommontype *x = type_uncommon(t);
    return x != NULL && x->mcount > 0;
}

static void printArg(pp *p, eface arg, int32_t verb) {
    p->arg = arg;
    p->value = (Value){0};
    if (arg._type == NULL) {
        if (verb == 'T' || verb == 'v')
            padString(&p->fmt, "<nil>");
        else
            badVerb(p, verb);
        return;
    }
    if (verb == 'T') {
        fmtS(&p->fmt, type_string(arg._type));
        return;
    }
    Value v = {arg._type, isDirectIface(arg._type) ? (const void *)&arg.data : arg.data, true};
    if (verb == 'p') {
        fmtPointer(p, v, 'p');
        return;
    }
    if (arg._type == &fmt_type_bytes) {
        const GoSlice *s = arg.data;
        ppBytes(p, s->array, s->len, s->array == NULL, verb, GOSTRING("[]byte"));
        return;
    }
    if (!has_methods(arg._type) || !handleMethods(p, verb))   // a type without methods has neither
        printValue(p, v, verb, 0);
}

// ---- Formats (= pp.doPrintf) -------------------------------------------------------------------

// parsenum reads a decimal number at s[*i]; false if there is none.
static bool parsenum(GoString s, int64_t *i, int64_t *num) {
    bool ok = false;
    *num = 0;
    for (; *i < s.len && s.ptr[*i] >= '0' && s.ptr[*i] <= '9'; (*i)++) {
        if (*num > 1000000)
            return false;   // tooLarge: Go gives up on the number
        *num = *num * 10 + (s.ptr[*i] - '0');
        ok = true;
    }
    return ok;
}

// intFromArg takes a * width or precision from the operands (= intFromArg):
// any integer kind that fits an int up to a million.
static bool intFromArg(GoSlice a, int64_t *argNum, int64_t *num) {
    *num = 0;
    if (*argNum >= a.len)
        return false;
    eface e = ((const eface *)a.array)[(*argNum)++];
    if (e._type == NULL)
        return false;
    uint8_t k = kind_of(e._type);
    if (k < kindInt || k > kindUintptr)
        return false;
    const void *addr = isDirectIface(e._type) ? (const void *)&e.data : e.data;
    uint64_t u = load_int(k, addr);
    if (!is_signed_kind(k) && (int64_t)u < 0)
        return false;
    *num = (int64_t)u;
    if (*num > 1000000 || *num < -1000000) {
        *num = 0;
        return false;
    }
    return true;
}

static void clearflags(pp *p) { p->fmt = (Fmt){.buf = &p->buf}; }

// parse_flags reads the flags # 0 + - space after a '%'.
static void parse_flags(pp *p, GoString format, int64_t *i) {
    Fmt *f = &p->fmt;
    for (; *i < format.len; (*i)++) {
        switch (format.ptr[*i]) {
        case '#': f->sharp = true; break;
        case '0': f->zero = !f->minus; break;
        case '+': f->plus = true; break;
        case '-': f->minus = true, f->zero = false; break;
        case ' ': f->space = true; break;
        default: return;
        }
    }
}

// argNumber reads an explicit operand index [n] at format[*i] (= pp.argNumber):
// true if there was one; a bad one (not a number, out of range) makes the
// verb print %!v(BADINDEX).
static bool argNumber(pp *p, GoString format, int64_t *i, int64_t nargs) {
    if (*i >= format.len || format.ptr[*i] != '[')
        return false;
    p->reordered = true;
    int64_t close = *i + 1;
    while (close < format.len && format.ptr[close] != ']')
        close++;
    if (close >= format.len) {   // no ']': skip the '['
        (*i)++;
        p->goodArgNum = false;
        return false;
    }
    int64_t j = *i + 1, index;
    bool ok = parsenum(format, &j, &index) && j == close;
    *i = close + 1;
    if (ok && index >= 1 && index <= nargs) {
        p->argNum = index - 1;
        return true;
    }
    p->goodArgNum = false;
    return ok;
}

// parse_width_prec reads [n][width][.[n]prec][n], width and precision maybe
// '*'; it returns whether an index came last (afterIndex).
static bool parse_width_prec(pp *p, GoString format, int64_t *i, GoSlice a) {
    Fmt *f = &p->fmt;
    bool afterIndex = argNumber(p, format, i, a.len);
    if (*i < format.len && format.ptr[*i] == '*') {
        (*i)++;
        f->widPresent = intFromArg(a, &p->argNum, &f->wid);
        if (!f->widPresent)
            buf_str(&p->buf, "%!(BADWIDTH)");
        if (f->wid < 0)
            f->wid = -f->wid, f->minus = true, f->zero = false;
        afterIndex = false;
    } else {
        f->widPresent = parsenum(format, i, &f->wid);
        if (afterIndex && f->widPresent)
            p->goodArgNum = false;   // "%[3]2d"
    }
    if (*i + 1 < format.len && format.ptr[*i] == '.') {
        (*i)++;
        if (afterIndex)
            p->goodArgNum = false;   // "%[3].2d"
        afterIndex = argNumber(p, format, i, a.len);
        if (*i < format.len && format.ptr[*i] == '*') {
            (*i)++;
            f->precPresent = intFromArg(a, &p->argNum, &f->prec);
            if (f->prec < 0)
                f->prec = 0, f->precPresent = false;
            if (!f->precPresent)
                buf_str(&p->buf, "%!(BADPREC)");
            afterIndex = false;
        } else {
            f->precPresent = true;
            if (!parsenum(format, i, &f->prec))
                f->prec = 0;
        }
    }
    if (!afterIndex)
        afterIndex = argNumber(p, format, i, a.len);
    return afterIndex;
}

// printVerb prints operand argNum with verb (after %v's flags are moved).
static void printVerb(pp *p, int32_t verb, GoSlice a) {
    if (verb == '%') {
        buf_byte(&p->buf, '%');   // absorbs no operand, ignores width and precision
        return;
    }
    if (!p->goodArgNum) {
        buf_str(&p->buf, "%!");
        buf_rune(&p->buf, verb);
        buf_str(&p->buf, "(BADINDEX)");
        return;
    }
    if (p->argNum >= a.len) {
        buf_str(&p->buf, "%!");
        buf_rune(&p->buf, verb);
        buf_str(&p->buf, "(MISSING)");
        return;
    }
    if (verb == 'v') {
        p->fmt.sharpV = p->fmt.sharp, p->fmt.sharp = false;
        p->fmt.plusV = p->fmt.plus, p->fmt.plus = false;
    }
    printArg(p, ((const eface *)a.array)[p->argNum], verb);
    p->argNum++;
}

// printExtra writes %!(EXTRA type=value, ...) for operands no verb used.
static void printExtra(pp *p, GoSlice a) {
    clearflags(p);
    buf_str(&p->buf, "%!(EXTRA ");
    for (int64_t i = p->argNum; i < a.len; i++) {
        eface e = ((const eface *)a.array)[i];
        if (i > p->argNum)
            buf_str(&p->buf, ", ");
        if (e._type == NULL) {
            buf_str(&p->buf, "<nil>");
            continue;
        }
        buf_gostr(&p->buf, type_string(e._type));
        buf_byte(&p->buf, '=');
        printArg(p, e, 'v');
    }
    buf_byte(&p->buf, ')');
}

static void doPrintf(pp *p, GoString format, GoSlice a) {
    for (int64_t i = 0; i < format.len;) {
        int64_t lasti = i;
        while (i < format.len && format.ptr[i] != '%')
            i++;
        buf_write(&p->buf, format.ptr + lasti, i - lasti);
        if (i >= format.len)
            break;
        i++;   // the '%'
        clearflags(p);
        p->goodArgNum = true;
        parse_flags(p, format, &i);
        parse_width_prec(p, format, &i, a);
        if (i >= format.len) {
            buf_str(&p->buf, "%!(NOVERB)");
            break;
        }
        int w;
        int32_t verb = decode_rune(format.ptr + i, format.len - i, &w);
        i += w;
        printVerb(p, verb, a);
    }
    if (!p->reordered && p->argNum < a.len)
        printExtra(p, a);
}

// doPrint puts a space between operands when neither is a string; doPrintln
// between all operands, and a newline at the end.
static void doPrint(pp *p, GoSlice a, bool ln) {
    bool prevString = false;
    for (int64_t i = 0; i < a.len; i++) {
        eface e = ((const eface *)a.array)[i];
        bool isString = e._type != NULL && kind_of(e._type) == kindString;
        if (i > 0 && (ln || (!isString && !prevString)))
            buf_byte(&p->buf, ' ');
        clearflags(p);
        p->argNum = i;
        printArg(p, e, 'v');
        prevString = isString;
    }
    if (ln)
        buf_byte(&p->buf, '\n');
}

// ---- Entry points (the bodiless functions of lib/fmt.go) ------------------------------------

static GoString buf_string(FmtBuf *b) { return (GoString){(const uint8_t *)b->p, b->len}; }

typedef struct SprintfResult {
    GoString s;
    int64_t wrapped;    // the operand %w wrapped, or -1
} SprintfResult;

// = fmt.sprintf(format, a, wrapErrs): Sprintf's text; Errorf passes
// wrapErrs and learns which operand %w wrapped.
SprintfResult fmt_sprintf(GoString format, GoSlice a, GoBool wrapErrs) __asm__("fmt.sprintf");
SprintfResult fmt_sprintf(GoString format, GoSlice a, GoBool wrapErrs) {
    pp p = {.wrapErrs = wrapErrs, .wrapped = -1};
    clearflags(&p);
    doPrintf(&p, format, a);
    return (SprintfResult){buf_string(&p.buf), p.wrapped};
}

// = fmt.sprint(a, ln): Sprint's (ln false) or Sprintln's text.
GoString fmt_sprint(GoSlice a, GoBool ln) __asm__("fmt.sprint");
GoString fmt_sprint(GoSlice a, GoBool ln) {
    pp p = {.wrapped = -1};
    clearflags(&p);
    doPrint(&p, a, ln);
    return buf_string(&p.buf);
}

// = fmt.isNilPointer: catchPanic's reflect check.
GoBool fmt_isNilPointer(eface arg) __asm__("fmt.isNilPointer");
GoBool fmt_isNilPointer(eface arg) {
    return arg._type && kind_of(arg._type) == kindPtr && arg.data == NULL;
}
