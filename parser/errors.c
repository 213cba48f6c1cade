// errors.c: syntax errors worded as gc words them.
//
// gc's parser is recursive descent: each message comes from the construct it
// was parsing ("in argument list; possibly missing comma or )", "at end of
// statement", "expecting {"). An LALR parser knows the same thing from its
// stack: the innermost bracket (or statement keyword) still open, and what
// lies below it, name the construct. report_syntax_error reads that and the
// set of acceptable tokens, and picks gc's message for the case.
#include "parser/errors.h"

#include <string.h>

static bool expects(const SyntaxContext *c, const char *sym) {
    for (int i = 0; i < c->n_expected; i++)
        if (strcmp(c->expected[i], sym) == 0)
            return true;
    return false;
}

static const char *sym_at(const SyntaxContext *c, int i) {
    return i < c->depth ? c->stack[i] : "";
}

static bool is(const char *a, const char *b) { return strcmp(a, b) == 0; }

static bool is_closer(const char *s) { return is(s, "')'") || is(s, "']'") || is(s, "'}'"); }
static bool is_opener(const char *s) { return is(s, "'('") || is(s, "'['") || is(s, "'{'"); }
static bool is_header_kw(const char *s) { return is(s, "if") || is(s, "for") || is(s, "switch"); }

// Ctx is the construct an error is in.
typedef enum Ctx {
    CTX_TOP, CTX_ARGS, CTX_PARAMS, CTX_GROUP, CTX_PAREN, CTX_INDEX, CTX_ARRAY,
    CTX_COMPLIT, CTX_STRUCT, CTX_IFACE, CTX_BLOCK, CTX_CASES, CTX_HEADER,
} Ctx;

static Ctx classify(const SyntaxContext *c, int i);

// classify_brace names what the `{` at stack index i opens.
static Ctx classify_brace(const SyntaxContext *c, int i) {
    const char *below = sym_at(c, i + 1);
    if (is(below, "struct"))
        return CTX_STRUCT;
    if (is(below, "interface"))
        return CTX_IFACE;
    if (is(below, "name") || is(below, "comptype") || is(below, "','"))
        return CTX_COMPLIT;
    if (is(below, "':'") && is(sym_at(c, i + 2), "elem_val"))
        return CTX_COMPLIT;
    if (is(below, "'{'"))
        return classify_brace(c, i + 1) == CTX_COMPLIT ? CTX_COMPLIT : CTX_BLOCK;
    if ((is(below, "if_header") || is(below, "error")) && is(sym_at(c, i + 2), "switch"))
        return CTX_CASES;
    if (is(below, "select"))
        return CTX_CASES;
    return CTX_BLOCK;
}

// classify names the construct of the opener at stack index i.
static Ctx classify(const SyntaxContext *c, int i) {
    const char *s = sym_at(c, i), *below = sym_at(c, i + 1);
    if (is_header_kw(s))
        return CTX_HEADER;
    if (is(s, "'{'"))
        return classify_brace(c, i);
    if (is(s, "'['"))
        return is(below, "pexpr") || is(below, "pexpr_nb") ? CTX_INDEX : CTX_ARRAY;
    if (is(below, "pexpr") || is(below, "pexpr_nb"))
        return CTX_ARGS;
    if (is(below, "name") || is(below, "func") || is(below, "')'") || is(below, "tparams"))
        return CTX_PARAMS;
    if (is(below, "import") || is(below, "var") || is(below, "const") || is(below, "type"))
        return CTX_GROUP;
    return CTX_PAREN;
}

// innermost finds the innermost open construct: a bracket not yet closed, or
// an if/for/switch whose body has not started. It returns its stack index.
static int innermost(const SyntaxContext *c) {
    int closed = 0;
    bool body_seen = false;  // a header keyword below a parsed body is complete
    for (int i = 0; i < c->depth; i++) {
        const char *s = c->stack[i];
        if (is(s, "block"))
            body_seen = true;
        if (is_closer(s))
            closed++;
        else if (is_opener(s) && closed > 0)
            closed--;
        else if (is_opener(s) || (is_header_kw(s) && closed == 0 && !body_seen))
            return i;
        if (is_header_kw(s))
            body_seen = false;
    }
    return -1;
}

// count_above counts a symbol between the stack top and index i.
static int count_above(const SyntaxContext *c, int i, const char *sym) {
    int n = 0;
    for (int j = 0; j < i; j++)
        n += is(c->stack[j], sym);
    return n;
}

// list_message is gc's p.list error: "in <what>; possibly missing <sep> or <close>".
static const char *list_message(Ctx ctx) {
    switch (ctx) {
    case CTX_ARGS: return "in argument list; possibly missing comma or )";
    case CTX_PARAMS: return "in parameter list; possibly missing comma or )";
    case CTX_COMPLIT: return "in composite literal; possibly missing comma or }";
    case CTX_GROUP: return "in grouped declaration; possibly missing semicolon or newline or )";
    case CTX_STRUCT: return "in struct type; possibly missing semicolon or newline or }";
    case CTX_IFACE: return "in interface type; possibly missing semicolon or newline or }";
    default: return NULL;
    }
}

static bool list_sep_expected(const SyntaxContext *c, Ctx ctx) {
    switch (ctx) {
    case CTX_ARGS:
    case CTX_PARAMS: return expects(c, "','") && expects(c, "')'");
    case CTX_COMPLIT: return expects(c, "','") && expects(c, "'}'");
    case CTX_GROUP: return expects(c, "';'") && expects(c, "')'");
    case CTX_STRUCT:
    case CTX_IFACE: return expects(c, "';'") && expects(c, "'}'");
    default: return false;
    }
}

// token_name spells an expected token as gc's tokstring does.
static const char *token_name(const char *sym) {
    if (is(sym, "','"))
        return "comma";
    if (is(sym, "';'"))
        return "semicolon or newline";
    size_t n = strlen(sym);
    if (n >= 2 && sym[0] == '\'')
        return arena_strndup(sym + 1, n - 2);
    return sym;
}

static bool expects_operand(const SyntaxContext *c) {
    return expects(c, "literal") && expects(c, "name");
}

// header_message words errors inside an if/for/switch header.
static const char *header_message(const SyntaxContext *c, int i) {
    if (is(c->stack[i], "for")) {
        int semis = count_above(c, i, "';'");
        bool ranged = count_above(c, i, "range") > 0;
        if (semis == 1 && !ranged && expects(c, "';'"))
            return "expecting semicolon or newline";
        if ((ranged || semis == 2) && expects(c, "'{'"))
            return "expecting { after for clause";
    }
    return expects(c, "'{'") ? "expecting {" : NULL;
}

// block_message words errors between statements.
static const char *block_message(const SyntaxContext *c, Ctx ctx) {
    const char *top = sym_at(c, 0);
    if (ctx == CTX_CASES && expects(c, "':'"))
        return "expecting :";
    if (ctx == CTX_CASES || is(top, "case_list") || is(top, "comm_list"))
        return "expecting case or default or }";
    if (is(top, "';'") || is(top, "'{'"))
        return "expecting }";
    if (expects(c, "';'"))
        return "at end of statement";
    return NULL;
}

// toplevel_message words errors between declarations (= gc's fileOrNil).
static const char *toplevel_message(Parser *p, const SyntaxContext *c, bool *plain) {
    const char *top = sym_at(c, 0);
    if (is(top, "topdecls") || is(top, "imports")) {
        *plain = true;
        if (c->tok == '{' && p->file && p->file->decls.len > 0 &&
            p->file->decls.items[p->file->decls.len - 1]->kind == DECL_FUNC &&
            !p->file->decls.items[p->file->decls.len - 1]->body)
            return "unexpected semicolon or newline before {";
        return "non-declaration statement outside function body";
    }
    if (expects(c, "';'") && (is(sym_at(c, c->depth - 2), "package_clause") || c->depth <= 3))
        return "after top level declaration";
    return NULL;
}

// generic_message is the fallback: what the grammar could accept here.
static const char *generic_message(const SyntaxContext *c) {
    if (c->n_expected == 1)
        return arena_printf("expecting %s", token_name(c->expected[0]));
    if (expects_operand(c))
        return "expecting expression";
    if (expects(c, "name") && expects(c, "'*'") && expects(c, "'['"))
        return "expecting type";
    if (expects(c, "')'"))
        return "expecting )";
    if (expects(c, "']'"))
        return "expecting ]";
    if (expects(c, "'}'"))
        return "expecting }";
    if (expects(c, "name"))
        return "expecting name";
    return NULL;
}

// choose_message returns gc's message for the error; *plain is set when gc
// prints it without the "unexpected X" part.
static const char *choose_message(Parser *p, const SyntaxContext *c, bool *plain) {
    if (c->depth <= 1) {
        *plain = true;
        return "package statement must be first";
    }
    int i = innermost(c);
    Ctx ctx = i < 0 ? CTX_TOP : classify(c, i);
    if (i >= 0 && is(sym_at(c, 0), "else")) {
        *plain = true;
        return "else must be followed by if or statement block";
    }
    if (list_sep_expected(c, ctx))
        return list_message(ctx);
    const char *msg = NULL;
    switch (ctx) {
    case CTX_TOP: msg = toplevel_message(p, c, plain); break;
    case CTX_HEADER: msg = header_message(c, i); break;
    case CTX_BLOCK:
    case CTX_CASES: msg = block_message(c, ctx); break;
    case CTX_INDEX:
        if (expects(c, "']'") && expects(c, "':'"))
            msg = "expecting comma, : or ]";
        break;
    case CTX_PARAMS:
        if (expects(c, "')'"))
            msg = "expecting )";
        break;
    case CTX_PAREN:
        if (expects(c, "')'") && !expects_operand(c))
            msg = "expecting )";
        break;
    case CTX_ARRAY:
        if (expects(c, "']'") && !expects_operand(c))
            msg = "expecting ]";
        break;
    default: break;
    }
    return msg ? msg : generic_message(c);
}

// unexpected spells the offending token as gc's syntaxErrorAt does.
static const char *unexpected(const SyntaxContext *c) {
    if (c->tok == 0)
        return "EOF";
    if (c->tok_is_literal)
        return arena_printf("literal %s", c->tok_text);
    return c->tok_text ? c->tok_text : "?";
}

void report_syntax_error(Parser *p, const SyntaxContext *c) {
    if (c->tok == 0 && p->syntax_errors > 0)
        return;  // gc: avoid meaningless follow-up errors at EOF
    bool plain = false;
    const char *msg = choose_message(p, c, &plain);
    if (!msg)
        msg = "";
    if (plain)
        syntax_error(p, c->pos, "%s", msg);
    else if (strncmp(msg, "in ", 3) == 0 || strncmp(msg, "at ", 3) == 0 || strncmp(msg, "after ", 6) == 0)
        syntax_error(p, c->pos, "unexpected %s %s", unexpected(c), msg);
    else if (*msg)
        syntax_error(p, c->pos, "unexpected %s, %s", unexpected(c), msg);
    else
        syntax_error(p, c->pos, "unexpected %s", unexpected(c));
}
