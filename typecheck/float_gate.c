// float_gate.c: TEMPORARY, until codegen lowers floating-point values.
//
// The checker accepts float32 and float64 fully, and constant expressions are
// folded (`int(2.5 * 2)` is the integer constant 5), so codegen never sees a
// float constant inside them. Any other float value, and any variable,
// parameter or result of a float type, would reach codegen, which cannot
// lower it yet: reject_float_values reports each such place, once per line,
//     x.go:5:6: floating-point numbers are not yet supported by mgc
// Delete this file, and its call in driver/main.c, when codegen lowers floats.
#include "check.h"

typedef struct FloatGate {
    const char *file;   // the last line reported, to report each line once
    int line;
} FloatGate;

static void report_float(FloatGate *g, Pos pos) {
    if (pos.line == g->line && pos.file == g->file)
        return;
    g->file = pos.file;
    g->line = pos.line;
    error_at(pos, "floating-point numbers are not yet supported by mgc");
}

static void gate_node(FloatGate *g, Node *n);

static void gate_list(FloatGate *g, NodeList *l) {
    for (int i = 0; i < l->len; i++)
        gate_node(g, l->items[i]);
}

static bool is_float_object(Object *o) {
    return o && o->kind == OBJ_VAR && o->type && is_float(o->type);
}

// gate_signature reports float parameters and results at their types.
static void gate_signature(FloatGate *g, Node *fn) {
    NodeList *lists[] = {&fn->type->params, &fn->type->results};
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < lists[k]->len; i++) {
            Node *field = lists[k]->items[i];
            if (field->type->ty && is_float(field->type->ty))
                report_float(g, field->type->pos);
        }
}

// gate_expr reports e if it has a float type. A constant stops the walk: it
// is folded, and codegen does not look inside it.
static void gate_expr(FloatGate *g, Node *e) {
    if (e->ty && is_float(e->ty)) {
        report_float(g, expr_start(e));
        return;
    }
    if (e->cval)
        return;
    if (e->lhs)
        gate_node(g, e->lhs);
    if (e->rhs)
        gate_node(g, e->rhs);
    gate_list(g, &e->list);
}

static void gate_node(FloatGate *g, Node *n) {
    if (!n)
        return;
    if (n->kind >= EXPR_IDENT && n->kind <= EXPR_BINARY)
        return gate_expr(g, n);
    switch (n->kind) {
    case DECL_CONST:
    case DECL_TYPE:
    case DECL_IMPORT: return;  // no values at run time
    case DECL_VAR:
        for (int i = 0; i < n->names.len; i++)
            if (is_float_object(((Node *)n->names.items[i])->obj))
                report_float(g, ((Node *)n->names.items[i])->pos);
        break;
    case STMT_DEFINE:
        for (int i = 0; i < n->lhs_list.len; i++)
            if (is_float_object(((Node *)n->lhs_list.items[i])->obj))
                report_float(g, ((Node *)n->lhs_list.items[i])->pos);
        gate_list(g, &n->rhs_list);
        return;
    case DECL_FUNC: gate_signature(g, n); break;
    default: break;
    }
    Node *kids[] = {n->lhs, n->rhs, n->init, n->cond, n->post, n->body, n->els, n->tag_expr,
                    n->value, n->key, n->decl};
    for (size_t i = 0; i < sizeof kids / sizeof *kids; i++)
        gate_node(g, kids[i]);
    gate_list(g, &n->list);
    gate_list(g, &n->lhs_list);
    gate_list(g, &n->rhs_list);
    gate_list(g, &n->decls);
}

void reject_float_values(Program *p) {
    FloatGate g = {0};
    for (int i = 0; i < p->files.len; i++)
        gate_node(&g, VEC_AT(&p->files, i));
}
