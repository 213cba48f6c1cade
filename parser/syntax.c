// syntax.c: the grammar's helpers: errors in gc's manner, node building, and
// the reinterpretations gc's parser makes after reading a construct loosely.
#include "parser/syntax.h"

#include <stdarg.h>
#include <string.h>

// ---- Errors -----------------------------------------------------------------

void syntax_error(Parser *p, Pos pos, const char *fmt, ...) {
    // = base.ErrorfAt: only one syntax error per line, no matter what error.
    if (pos.line == p->last_syntax_line && p->syntax_errors > 0)
        return;
    p->last_syntax_line = pos.line;
    p->syntax_errors++;
    Buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&b, fmt, ap);
    va_end(ap);
    error_at(pos, "syntax error: %s", buf_cstr(&b));
}

void parse_error(Parser *p, Pos pos, const char *msg) {
    // = base.ErrorfAt: only one of multiple equal non-syntax errors per line.
    if (p->last_other_msg && pos.line == p->last_other_pos.line && strcmp(msg, p->last_other_msg) == 0)
        return;
    p->last_other_pos = pos;
    p->last_other_msg = msg;
    error_at(pos, "%s", msg);
}

void unsupported(Parser *p, Pos pos, const char *what) {
    parse_error(p, pos, arena_printf("%s not supported by mgc", what));
}

// ---- Lists and copies -------------------------------------------------------

NodeList list1(Node *n) {
    NodeList l = {0};
    nodelist_push(&l, n);
    return l;
}

NodeList list_add(NodeList l, Node *n) {
    nodelist_push(&l, n);
    return l;
}

NodeList list_cons(Node *n, NodeList rest) {
    NodeList l = list1(n);
    for (int i = 0; i < rest.len; i++)
        nodelist_push(&l, rest.items[i]);
    return l;
}

static NodeList clone_list(NodeList l) {
    NodeList out = {0};
    for (int i = 0; i < l.len; i++)
        nodelist_push(&out, node_clone(l.items[i]));
    return out;
}

// node_clone deep-copies a subtree, so that each implicit repetition of a
// constant's expressions gets nodes of its own for the type checker to fill.
Node *node_clone(Node *n) {
    if (!n)
        return NULL;
    Node *c = NEW(Node);
    *c = *n;
    Node **kids[] = {&c->lhs, &c->rhs, &c->type, &c->elem, &c->key, &c->len, &c->lo, &c->hi,
                     &c->max, &c->init, &c->cond, &c->post, &c->body, &c->els, &c->tag_expr,
                     &c->value, &c->decl, &c->recv};
    for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
        *kids[i] = node_clone(*kids[i]);
    NodeList *lists[] = {&c->names, &c->fields, &c->params, &c->results, &c->list,
                         &c->lhs_list, &c->rhs_list, &c->decls, &c->tparams};
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++)
        *lists[i] = clone_list(*lists[i]);
    return c;
}

// ---- Declarations -----------------------------------------------------------

Node *make_field(Pos pos, NodeList names, Node *type, Node *tag) {
    Node *n = new_node(FIELD, pos);
    n->names = names;
    n->type = type;
    if (tag) {
        n->tag = tag->str ? tag->str : "";
        if (tag->kind != EXPR_STRING_LIT)
            n->tag = NULL;
    }
    return n;
}

// ConstGroup saves an enclosing const group's state while a const
// declaration inside one of its function literals is parsed.
typedef struct ConstGroup {
    NodeList prev;
    Node *prev_type;
    int iota;
    struct ConstGroup *outer;
} ConstGroup;

void const_group_push(Parser *p) {
    ConstGroup *g = NEW(ConstGroup);
    *g = (ConstGroup){p->const_prev, p->const_prev_type, p->iota, p->outer};
    p->outer = g;
    const_group_start(p);
}

void const_group_pop(Parser *p) {
    ConstGroup *g = p->outer;
    if (!g)
        return const_group_start(p);
    p->const_prev = g->prev;
    p->const_prev_type = g->prev_type;
    p->iota = g->iota;
    p->outer = g->outer;
}

void const_group_start(Parser *p) {
    p->iota = 0;
    p->const_prev = (NodeList){0};
    p->const_prev_type = NULL;
}

Node *make_decl_const(Parser *p, Pos pos, NodeList names, Node *type, NodeList values, bool has_values) {
    Node *n = new_node(DECL_CONST, pos);
    n->names = names;
    n->type = type;
    n->list = values;
    n->iota = p->iota++;
    if (has_values) {
        p->const_prev = values;
        p->const_prev_type = type;
    } else if (!type && p->const_prev.len > 0) {
        // Go spec "Constant declarations": an omitted list repeats the previous one.
        n->implicit = true;
        n->type = node_clone(p->const_prev_type);
        n->list = clone_list(p->const_prev);
    }
    return n;
}

// ---- Parameter lists (= gc's paramList) -------------------------------------

typedef struct Param {
    Node *name;  // EXPR_IDENT or NULL
    Node *type;  // NULL when only a name was written
    Pos pos;
} Param;

// loose_param reads one raw entry: `a T`, `a ...T`, `T`, `...T`, or a lone name.
static Param loose_param(Node *field) {
    Param par = {NULL, field->type, field->pos};
    if (field->names.len > 0)
        par.name = field->names.items[0];
    else if (field->type && field->type->kind == EXPR_IDENT)
        par.name = field->type, par.type = NULL;
    return par;
}

// distribute gives every name the type written after it, right to left, and
// reports gc's "mixed named and unnamed parameters" at the leftmost culprit.
static void distribute(Parser *p, Param *pars, int n) {
    Pos err = {0};
    Node *typ = NULL;
    for (int i = n - 1; i >= 0; i--) {
        if (pars[i].type) {
            typ = pars[i].type;
            if (!pars[i].name) {
                err = typ->pos;
                pars[i].name = new_ident("_", err);
            }
        } else if (typ) {
            pars[i].type = typ;
        } else {
            err = pars[i].name->pos;
            pars[i].type = new_node(NODE_BAD, err);
        }
    }
    if (err.line)
        syntax_error(p, err, "mixed named and unnamed parameters");
}

NodeList fix_params(Parser *p, NodeList raw) {
    Param *pars = arena_alloc(sizeof(Param) * (size_t)(raw.len + 1));
    int named = 0;
    for (int i = 0; i < raw.len; i++) {
        pars[i] = loose_param(raw.items[i]);
        named += pars[i].name && pars[i].type;
    }
    if (named == 0) {
        for (int i = 0; i < raw.len; i++)
            if (pars[i].name)
                pars[i].type = pars[i].name, pars[i].name = NULL;
    } else if (named != raw.len) {
        distribute(p, pars, raw.len);
    }
    // Names that share one written type become one FIELD: `a, b int`.
    NodeList out = {0};
    for (int i = 0; i < raw.len; i++) {
        Node *last = out.len ? out.items[out.len - 1] : NULL;
        if (last && pars[i].name && last->names.len && last->type == pars[i].type) {
            nodelist_push(&last->names, pars[i].name);
            continue;
        }
        NodeList names = {0};
        if (pars[i].name)
            nodelist_push(&names, pars[i].name);
        nodelist_push(&out, make_field(pars[i].pos, names, pars[i].type, NULL));
    }
    return out;
}

Node *make_func_type(Parser *p, Pos pos, NodeList params, NodeList results) {
    Node *n = new_node(TYPE_FUNC, pos);
    n->params = fix_params(p, params);
    n->results = fix_params(p, results);
    return n;
}

Node *make_call(Node *fn, NodeList args, bool ellipsis, Pos lparen, Pos end) {
    Node *n = new_node(EXPR_CALL, fn->pos);
    n->lhs = fn;
    n->list = args;
    n->has_ellipsis = ellipsis;
    n->op_pos = lparen;
    n->end = end;
    return n;
}

// ---- Statements -------------------------------------------------------------

// make_go_defer checks what gc's callStmt checks: the operand of go/defer is
// an unparenthesized call.
Node *make_go_defer(Parser *p, NodeKind kind, Pos pos, Node *x) {
    Node *n = new_node(kind, pos);
    const char *tok = kind == STMT_GO ? "go" : "defer";
    if (x->kind == EXPR_PAREN) {
        parse_error(p, x->pos, arena_printf("expression in %s must not be parenthesized", tok));
        while (x->kind == EXPR_PAREN)
            x = x->lhs;
    }
    if (x->kind != EXPR_CALL)
        parse_error(p, x->pos, arena_printf("expression in %s must be function call", tok));
    n->lhs = x;
    n->end = x->end;
    return n;
}

const char *source_text(Parser *p, Pos from, Pos to) {
    const char *s = p->lex.text, *end = s + p->lex.len;
    const char *a = NULL, *b = NULL;
    int line = 1;
    for (const char *q = s;; q++) {
        if (line == from.line && !a)
            a = q + from.col - 1;
        if (line == to.line && !b)
            b = q + to.col - 1;
        if (q >= end || (a && b))
            break;
        if (*q == '\n')
            line++;
    }
    if (!a || !b || b < a || b > end)
        return "";
    return arena_strndup(a, (size_t)(b - a));
}

// cond_of unpacks a header's condition statement (= the end of gc's header):
// it must be an expression.
static Node *cond_of(Parser *p, Node *s) {
    if (!s)
        return NULL;
    if (s->kind == STMT_EXPR)
        return s->lhs;
    if (s->kind == NODE_BAD)
        return s;
    const char *text;
    if (s->kind == STMT_ASSIGN && s->op == OP_NONE && s->lhs_list.len && s->rhs_list.len)
        text = arena_printf("assignment (%s) = (%s)",
                            source_text(p, s->lhs_list.items[0]->pos, s->lhs_list.items[s->lhs_list.len - 1]->end),
                            source_text(p, s->rhs_list.items[0]->pos, s->rhs_list.items[s->rhs_list.len - 1]->end));
    else
        text = source_text(p, s->pos, s->end);
    syntax_error(p, s->op_pos, "cannot use %s as value", text);
    return new_node(NODE_BAD, s->pos);
}

// missing_cond reports an if header with an empty condition after `init;`.
static void missing_cond(Parser *p, Header h) {
    if (strcmp(h.semi_lit, "semicolon") != 0)
        syntax_error(p, h.semi_pos, "unexpected %s, expecting { after if clause", h.semi_lit);
    else
        syntax_error(p, h.semi_pos, "missing condition in if statement");
}

Node *make_if(Parser *p, Pos pos, Header h, Node *body, Node *els) {
    Node *n = new_node(STMT_IF, pos);
    n->init = h.init;
    n->cond = cond_of(p, h.cond);
    if (!n->cond && h.parts == 1)
        syntax_error(p, body->pos, "missing condition in if statement");
    else if (!n->cond)
        missing_cond(p, h);
    n->body = body;
    n->els = els;
    n->end = els ? els->end : body->end;
    return n;
}

Node *make_for(Parser *p, Pos pos, Header h, Node *body) {
    if (h.cond && h.cond->kind == STMT_RANGE) {
        Node *r = h.cond;
        r->pos = pos;
        r->body = body;
        r->end = body->end;
        return r;
    }
    Node *n = new_node(STMT_FOR, pos);
    n->init = h.init;
    n->cond = cond_of(p, h.cond);
    n->post = h.post;
    if (h.post && h.post->kind == STMT_DEFINE)
        syntax_error(p, h.post->op_pos, "cannot declare in post statement of for loop");
    n->body = body;
    n->end = body->end;
    return n;
}

// type_guard reports whether s is a type switch guard `x.(type)` or
// `v := x.(type)`, and unpacks it.
static bool type_guard(Node *s, Node **x, Node **var) {
    Node *e = NULL;
    *var = NULL;
    if (s->kind == STMT_EXPR)
        e = s->lhs;
    else if (s->kind == STMT_DEFINE && s->lhs_list.len == 1 && s->rhs_list.len == 1 &&
             s->lhs_list.items[0]->kind == EXPR_IDENT) {
        e = s->rhs_list.items[0];
        *var = s->lhs_list.items[0];
    }
    if (!e || e->kind != EXPR_TYPE_ASSERT || e->type)
        return false;
    *x = e->lhs;
    return true;
}

Node *make_switch(Parser *p, Pos pos, Header h, NodeList clauses, Pos lbrace) {
    Node *x, *var;
    Node *n = new_node(STMT_SWITCH, pos);
    n->init = h.init;
    n->list = clauses;
    if (h.cond && type_guard(h.cond, &x, &var)) {
        n->kind = STMT_TYPE_SWITCH;
        n->tag_expr = x;
        if (var) {
            n->name = var->name;
            n->name_pos = var->pos;
            n->op_pos = h.cond->op_pos;
        }
    } else {
        n->tag_expr = cond_of(p, h.cond);
    }
    (void)lbrace;
    return n;
}
