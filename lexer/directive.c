// directive.c: gc's compiler directives (`//go:name args`), checked as gc's
// parser and noder check them (cmd/compile/internal/noder/noder.go pragma,
// checkUnused). mgc acts on none of them; it reports the same misplaced ones:
//
//   a directive after a token on its line       "misplaced compiler directive"
//                                                at the "go:" (after the //)
//   //go:systemstack, nowritebarrier,            "//go:NAME only allowed in runtime"
//     nowritebarrierrec, yeswritebarrierrec
//   a directive gc gives a flag (noinline, nosplit, noescape, norace,
//   nocheckptr, build, ...) that the next token does not take:
//     a function's (func at brace depth 0), the file's (package, for
//     go:build), a type's (type at depth 0, for go:notinheap)
//                                               "misplaced compiler directive"
//
// Other //go: words (linkname, embed, generate, unknown ones) have no flag;
// gc lets them stand anywhere a comment can.

#include "lexer/lexer.h"
#include "parser.tab.h"

#include <string.h>

typedef struct Directive {
    const char *verb;  // "go:noinline"
    DirectiveTaker taker;
    bool runtime_only;
} Directive;

static const Directive flagged[] = {
    {"go:build", TAKER_PACKAGE, false},
    {"go:noescape", TAKER_FUNC, false},
    {"go:norace", TAKER_FUNC, false},
    {"go:nosplit", TAKER_FUNC, false},
    {"go:noinline", TAKER_FUNC, false},
    {"go:nocheckptr", TAKER_FUNC, false},
    {"go:systemstack", TAKER_FUNC, true},
    {"go:nowritebarrier", TAKER_FUNC, true},
    {"go:nowritebarrierrec", TAKER_FUNC, true},
    {"go:yeswritebarrierrec", TAKER_FUNC, true},
    {"go:cgo_unsafe_args", TAKER_FUNC, false},
    {"go:uintptrkeepalive", TAKER_FUNC, false},
    {"go:uintptrescapes", TAKER_FUNC, false},
    {"go:registerparams", TAKER_FUNC, false},
    {"go:notinheap", TAKER_TYPE, false},
};

// find_flagged returns the directive whose verb (text up to the first space)
// is text's, or NULL.
static const Directive *find_flagged(const char *text, size_t len) {
    size_t verb = 0;
    while (verb < len && text[verb] != ' ')
        verb++;
    for (size_t i = 0; i < sizeof flagged / sizeof flagged[0]; i++)
        if (strlen(flagged[i].verb) == verb && memcmp(flagged[i].verb, text, verb) == 0)
            return &flagged[i];
    return NULL;
}

void directive_seen(LexState *ls, Pos pos, const char *text, size_t len) {
    bool blank = ls->tok == 0 || ls->tok_pos.line != pos.line;
    if (!blank) {
        error_at(pos, "misplaced compiler directive");
        return;
    }
    const Directive *d = find_flagged(text, len);
    if (!d)
        return;
    if (d->runtime_only)
        error_at(pos, "//%s only allowed in runtime", d->verb);
    if (ls->npending < MAX_PENDING_DIRECTIVES)
        ls->pending[ls->npending++] = (PendingDirective){pos, d->taker};
}

// takes reports whether token tok, at brace depth depth, takes a directive
// that taker's declarations take.
static bool takes(int tok, int depth, DirectiveTaker taker) {
    switch (taker) {
    case TAKER_PACKAGE:
        return tok == PACKAGE;
    case TAKER_FUNC:
        return tok == FUNC && depth == 0;
    case TAKER_TYPE:
        return tok == TYPE && depth == 0;
    }
    return false;
}

void directive_token(LexState *ls, int tok) {
    for (int i = 0; i < ls->npending; i++)
        if (!takes(tok, ls->brace_depth, ls->pending[i].taker))
            error_at(ls->pending[i].pos, "misplaced compiler directive");
    ls->npending = 0;
    if (tok == '{')
        ls->brace_depth++;
    else if (tok == '}' && ls->brace_depth > 0)
        ls->brace_depth--;
}
