// regexp.cc: the matcher behind lib/regexp.go, Debian's RE2 (libre2), whose
// syntax and leftmost-first semantics are Go's (Go's regexp/syntax was
// written from RE2's parser). The only C++ of the runtime: a program links
// with -lre2 -lstdc++ only when it imports regexp (driver/tools.c), and this
// file never reaches a program that does not (the archive member is not
// pulled in).
//
// Here are the two places where RE2 and Go 1.19 part and Go is followed:
// Unicode classes are spelled with Go 1.19's tables (RE2's are a later
// Unicode), and a match is looked for at rune starts only. The rest of what
// is Go's is in lib/regexp.go: the error codes' texts, invalid UTF-8 in
// the text, the iteration rules of FindAll, ReplaceAll and Split, Expand.
// A compiled RE2 is never freed (a Go program keeps its regexps for its
// lifetime; the collector does not see this C++ heap object).
#include <re2/re2.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <utility>

// The Go values of docs/ABI.md, as runtime/runtime.h declares them for C.
struct GoString {
    const uint8_t *ptr;
    int64_t len;
};
struct GoSlice {
    void *ptr;
    int64_t len, cap;
};

// The result of regexp.re2compile: the RE2 (NULL on error), RE2's error code
// and the fragment of the pattern it blames.
struct CompileResult {
    void *prog;
    int64_t code;
    GoString arg;
};

// The bits of re2compile's mode (keep in sync with lib/regexp.go).
enum {
    modePOSIX = 1,   // POSIX ERE syntax (= Go's syntax.POSIX flags)
    modeLongest = 2, // leftmost-longest matching (= Regexp.longest)
};

// Keep in sync with lib/regexp.go.
extern "C" {
CompileResult regexp_re2compile(GoString expr, int64_t mode) __asm__("regexp.re2compile");
int64_t regexp_re2groups(void *prog) __asm__("regexp.re2groups");
GoString regexp_re2groupName(void *prog, int64_t i) __asm__("regexp.re2groupName");
uint64_t regexp_re2match(void *prog, GoString s, int64_t pos, GoSlice loc)
    __asm__("regexp.re2match");
uint64_t regexp_validUTF8(GoString s) __asm__("regexp.validUTF8");
}

// GoClass is one of Go 1.19's Unicode categories or scripts: count runs
// lo..hi from go_class_runs[2*first].
struct GoClass {
    const char *name;
    int first, count;
};

#include "regexp_tables.h"

static const GoClass *find_class(const std::string &name) {
    size_t lo = 0, hi = sizeof go_classes / sizeof go_classes[0];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = name.compare(go_classes[mid].name);
        if (c == 0)
            return &go_classes[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return nullptr;
}

// append_runs appends the runs of class c (their complement if negate) as
// class items: \x{lo}-\x{hi}.
static void append_runs(std::string &out, const GoClass *c, bool negate) {
    const uint32_t *r = go_class_runs + 2 * c->first;
    char item[40];
    uint32_t next = 0; // the first rune not yet covered (negate)
    for (int i = 0; i < c->count; i++, r += 2) {
        uint32_t lo = r[0], hi = r[1];
        if (negate) {
            if (lo > next) {
                snprintf(item, sizeof item, "\\x{%x}-\\x{%x}", next, lo - 1);
                out += item;
            }
            next = hi + 1;
            continue;
        }
        snprintf(item, sizeof item, "\\x{%x}-\\x{%x}", lo, hi);
        out += item;
    }
    if (negate && next <= 0x10FFFF) {
        snprintf(item, sizeof item, "\\x{%x}-\\x{10ffff}", next);
        out += item;
    }
}

// spell_class rewrites the Unicode class escape at pat[i] (\pN, \p{Name},
// \PN, \p{^Name}) as the runs of Go 1.19's class, bracketed unless
// in_class; returns the length of the escape, or 0 to leave it to RE2
// (\p{Any}, a malformed escape). A name Go 1.19 does not have (a script
// of a later Unicode that RE2 knows) sets *bad to the escape.
static size_t spell_class(const std::string &pat, size_t i, bool in_class, std::string &out,
                          std::string *bad) {
    bool negate = pat[i + 1] == 'P';
    std::string name;
    size_t len;
    if (i + 2 >= pat.size())
        return 0;
    if (pat[i + 2] == '{') {
        size_t close = pat.find('}', i + 3);
        if (close == std::string::npos)
            return 0;
        name = pat.substr(i + 3, close - (i + 3));
        len = close + 1 - i;
    } else {
        name = pat.substr(i + 2, 1); // Go's one-letter names are ASCII
        len = 3;
    }
    if (!name.empty() && name[0] == '^') {
        negate = !negate;
        name.erase(0, 1);
    }
    const GoClass *c = find_class(name);
    if (c == nullptr) {
        if (name != "Any" && bad->empty())
            *bad = pat.substr(i, len);
        return 0;
    }
    if (!in_class)
        out += negate ? "[^" : "[";
    append_runs(out, c, negate && in_class);
    if (!in_class)
        out += "]";
    return len;
}

// go_unicode_classes returns pat with every Unicode class escape spelled
// out with Go 1.19's tables (pat has compiled, so it is well formed).
// Outside a class \P{X} becomes [^runs]; inside one, the complement's runs.
// \Q...\E and POSIX classes [:name:] are copied as they are. *bad is set
// to the first escape that names no Go 1.19 class. Without class_nl (Go's
// syntax.ClassNL flag, off in POSIX syntax) a negated class gets a \n, so
// it never matches a newline, as in Go; RE2 always lets it.
static std::string go_unicode_classes(const std::string &pat, bool class_nl, std::string *bad) {
    std::string out;
    bool in_class = false;
    size_t i = 0, n = pat.size();
    while (i < n) {
        char c = pat[i];
        if (c == '\\' && i + 1 < n) {
            char d = pat[i + 1];
            if (d == 'Q' && !in_class) {
                size_t end = pat.find("\\E", i + 2);
                size_t stop = end == std::string::npos ? n : end + 2;
                out.append(pat, i, stop - i);
                i = stop;
                continue;
            }
            if (d == 'p' || d == 'P') {
                size_t len = spell_class(pat, i, in_class, out, bad);
                if (len > 0) {
                    i += len;
                    continue;
                }
            }
            out.append(pat, i, 2);
            i += 2;
            continue;
        }
        if (in_class) {
            if (c == '[' && i + 1 < n && pat[i + 1] == ':') {
                size_t end = pat.find(":]", i + 2);
                size_t stop = end == std::string::npos ? i + 1 : end + 2;
                out.append(pat, i, stop - i);
                i = stop;
                continue;
            }
            if (c == ']')
                in_class = false;
            out += c;
            i++;
            continue;
        }
        out += c;
        i++;
        if (c == '[') {
            // A ] right after [ or [^ is a literal ].
            in_class = true;
            bool negated = i < n && pat[i] == '^';
            if (negated)
                out += pat[i++];
            if (i < n && pat[i] == ']')
                out += pat[i++];
            if (negated && !class_nl)
                out += "\\n";
        }
    }
    return out;
}

static re2::StringPiece piece(GoString s) {
    // A Go "" may have a nil pointer; RE2 tells an unmatched group (NULL)
    // from an empty match by the pointer, so the text must have one.
    static const char empty[1] = "";
    if (s.len == 0)
        return re2::StringPiece(empty, 0);
    return re2::StringPiece(reinterpret_cast<const char *>(s.ptr), (size_t)s.len);
}

// compile_error is re2compile's result for an error: the code and a copy
// of the argument, which outlives the RE2 object.
static CompileResult compile_error(int code, const std::string &arg) {
    size_t n = arg.size();
    uint8_t *copy = new uint8_t[n + 1];
    arg.copy(reinterpret_cast<char *>(copy), n);
    return CompileResult{nullptr, code, GoString{copy, (int64_t)n}};
}

// new_re2 compiles pat. RE2's default (Perl-like, UTF-8) options are Go's
// syntax.Perl: \d \w \s \b, non-greedy operators, (?flags), Unicode
// classes, ^ and $ at the text's ends unless (?m). modePOSIX is Go's
// syntax.POSIX: RE2's posix_syntax without Perl classes, \b or one_line,
// i.e. none of those, and ^ and $ at line ends. modeLongest asks for the
// leftmost-longest match.
static re2::RE2 *new_re2(const re2::StringPiece &pat, int64_t mode) {
    RE2::Options opt;
    opt.set_log_errors(false);
    opt.set_posix_syntax((mode & modePOSIX) != 0);
    opt.set_longest_match((mode & modeLongest) != 0);
    opt.set_max_mem((int64_t)256 << 20); // Go has no program-size limit short of 128 MB
    return new re2::RE2(pat, opt);
}

// re2compile compiles expr in mode: the RE2, or NULL with the error. A
// pattern that compiles is compiled again with its Unicode classes spelled
// from Go 1.19's tables (RE2's are a later Unicode) and, in POSIX syntax,
// its negated classes without \n; one that names a class Go 1.19 lacks is
// Go's error.
CompileResult regexp_re2compile(GoString expr, int64_t mode) {
    re2::RE2 *re = new_re2(piece(expr), mode);
    if (!re->ok()) {
        CompileResult r = compile_error(re->error_code(), re->error_arg());
        delete re;
        return r;
    }
    std::string pat = piece(expr).as_string(), bad;
    std::string go = go_unicode_classes(pat, (mode & modePOSIX) == 0, &bad);
    if (!bad.empty()) {
        delete re;
        return compile_error(RE2::ErrorBadCharRange, bad);
    }
    if (go != pat) {
        // Only the classes' spelling changed, so it compiles, unless the
        // longer program exceeds RE2's memory budget: then RE2's classes.
        re2::RE2 *gore = new_re2(go, mode);
        std::swap(re, gore);
        if (!re->ok())
            std::swap(re, gore);
        delete gore;
    }
    return CompileResult{re, 0, GoString{nullptr, 0}};
}

// inside_rune reports whether offset off of the valid UTF-8 text is inside
// a rune (at a continuation byte).
static bool inside_rune(const re2::StringPiece &text, size_t off) {
    return off < text.size() && (static_cast<unsigned char>(text[off]) & 0xC0) == 0x80;
}

// re2groups is the number of capturing groups (= Regexp.NumSubexp).
int64_t regexp_re2groups(void *prog) {
    return static_cast<re2::RE2 *>(prog)->NumberOfCapturingGroups();
}

// re2groupName is the name of group i, "" if it has none. The string lives
// as long as the RE2, i.e. for the program's lifetime.
GoString regexp_re2groupName(void *prog, int64_t i) {
    const std::map<int, std::string> &names = static_cast<re2::RE2 *>(prog)->CapturingGroupNames();
    auto it = names.find((int)i);
    if (it == names.end())
        return GoString{nullptr, 0};
    return GoString{reinterpret_cast<const uint8_t *>(it->second.data()), (int64_t)it->second.size()};
}

// re2match looks for the leftmost-first match of prog in s starting at byte
// pos, s being the context of ^ \b \A (= Go's doExecute at pos). On a match
// it fills loc with the byte offsets of the match and of its first
// len(loc)/2-1 groups, -1 for a group that did not take part.
//
// RE2's unanchored search tries a match at every byte, Go's at every rune:
// a match that starts inside a rune (an empty one made by \B, the only
// assertion that holds between two bytes of a rune) is not one Go sees,
// and the search goes on from the next rune. s is valid UTF-8 (see input
// in lib/regexp.go), so a byte 10xxxxxx is inside a rune.
uint64_t regexp_re2match(void *prog, GoString s, int64_t pos, GoSlice loc) {
    re2::RE2 *re = static_cast<re2::RE2 *>(prog);
    re2::StringPiece text = piece(s);
    int n = (int)(loc.len / 2);
    re2::StringPiece small[8];
    re2::StringPiece *sub = n <= 8 ? small : new re2::StringPiece[n];
    size_t start = (size_t)pos;
    bool ok;
    for (;;) {
        ok = re->Match(text, start, text.size(), RE2::UNANCHORED, sub, n);
        if (!ok || n == 0)
            break;
        start = (size_t)(sub[0].data() - text.data());
        if (!inside_rune(text, start))
            break;
        while (inside_rune(text, start))
            start++;
    }
    int64_t *out = static_cast<int64_t *>(loc.ptr);
    for (int i = 0; ok && i < n; i++) {
        if (sub[i].data() == nullptr) {
            out[2 * i] = out[2 * i + 1] = -1;
        } else {
            out[2 * i] = sub[i].data() - text.data();
            out[2 * i + 1] = out[2 * i] + (int64_t)sub[i].size();
        }
    }
    if (sub != small)
        delete[] sub;
    return ok;
}

// validUTF8 is utf8.ValidString (Go's rules: no overlong forms, no
// surrogates, nothing above U+10FFFF), with a fast path for ASCII, since
// every match call on a text asks it first.
uint64_t regexp_validUTF8(GoString s) {
    const uint8_t *p = s.ptr, *end = s.ptr + s.len;
    while (p < end) {
        if (end - p >= 8) {
            uint64_t w;
            memcpy(&w, p, 8);
            if ((w & 0x8080808080808080ull) == 0) {
                p += 8;
                continue;
            }
        }
        uint8_t c = *p;
        if (c < 0x80) {
            p++;
            continue;
        }
        // The length of the encoding and the range of its second byte.
        int n;
        uint8_t lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF)
            n = 2;
        else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            if (c == 0xE0)
                lo = 0xA0; // overlong
            else if (c == 0xED)
                hi = 0x9F; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            if (c == 0xF0)
                lo = 0x90; // overlong
            else if (c == 0xF4)
                hi = 0x8F; // above U+10FFFF
        } else
            return false;
        if (end - p < n || p[1] < lo || p[1] > hi)
            return false;
        for (int i = 2; i < n; i++)
            if ((p[i] & 0xC0) != 0x80)
                return false;
        p += n;
    }
    return true;
}
