// labels.c: labels, labeled break/continue and goto (Go spec: Label scopes,
// Break/Continue/Goto statements; = types2 labels.go).
//
// Labels have function scope, so they are checked in a pass of their own over
// a function body, after its statements: first every label is collected, then
// each branch statement is resolved against them.
#include "check.h"

#include <string.h>

typedef struct Label {
    const char *name;
    Node *stmt;         // the STMT_LABELED
    Vec blocks;         // Node*: the blocks enclosing it, outermost first
    Vec indexes;        // (intptr_t): its index (or its ancestor's) in each block
    bool used;
} Label;

typedef struct Target {
    struct Target *outer;
    const char *label;  // the label of an enclosing for or switch
    bool is_loop;
} Target;

typedef struct Walk {
    Vec labels;         // Label*
    Vec blocks;         // the blocks enclosing the current statement
    Vec indexes;
    Target *targets;
} Walk;

static Label *find_label(Walk *w, const char *name) {
    for (int i = 0; i < w->labels.len; i++) {
        Label *l = VEC_AT(&w->labels, i);
        if (strcmp(l->name, name) == 0)
            return l;
    }
    return NULL;
}

// ---- Pass 1: collect ------------------------------------------------------------------

static void collect_stmt(Walk *w, Node *s);

static void collect_block(Walk *w, Node *block) {
    vec_push(&w->blocks, block);
    vec_push(&w->indexes, 0);
    for (int i = 0; i < block->list.len; i++) {
        w->indexes.items[w->indexes.len - 1] = (void *)(intptr_t)i;
        collect_stmt(w, block->list.items[i]);
    }
    w->blocks.len--;
    w->indexes.len--;
}

static void collect_stmt(Walk *w, Node *s) {
    if (!s)
        return;
    switch (s->kind) {
    case STMT_LABELED: {
        Label *prev = find_label(w, s->label);
        if (prev) {
            error_at(s->pos, "label %s already defined at %s:%d:%d", s->label, prev->stmt->pos.file,
                     prev->stmt->pos.line, prev->stmt->pos.col);
        } else if (strcmp(s->label, "_") != 0) {
            Label *l = NEW(Label);
            l->name = s->label;
            l->stmt = s;
            for (int i = 0; i < w->blocks.len; i++) {
                vec_push(&l->blocks, VEC_AT(&w->blocks, i));
                vec_push(&l->indexes, VEC_AT(&w->indexes, i));
            }
            vec_push(&w->labels, l);
        }
        collect_stmt(w, s->body);
        return;
    }
    case STMT_BLOCK: collect_block(w, s); return;
    case STMT_IF:
        collect_block(w, s->body);
        collect_stmt(w, s->els);
        return;
    case STMT_FOR:
    case STMT_RANGE: collect_block(w, s->body); return;
    case STMT_SWITCH:
    case STMT_TYPE_SWITCH:
    case STMT_SELECT:
        for (int i = 0; i < s->list.len; i++)
            collect_block(w, ((Node *)s->list.items[i])->body);
        return;
    default: return;
    }
}

// ---- Pass 2: resolve branches ---------------------------------------------------------

// declared_name returns the first variable a statement declares, with the
// position gc reports for it, or NULL.
static const char *declared_name(Node *s, Pos *pos) {
    if (s->kind == STMT_DEFINE) {
        for (int i = 0; i < s->lhs_list.len; i++) {
            Node *id = s->lhs_list.items[i];
            if (id->kind == EXPR_IDENT && id->obj && id->obj->decl == s) {
                *pos = s->op_pos;  // gc reports a := declaration at its operator
                return id->name;
            }
        }
    }
    if (s->kind == STMT_DECL && s->decl->kind == DECL_VAR && s->decl->names.len) {
        Node *id = s->decl->names.items[0];
        *pos = id->pos;
        return id->name;
    }
    return NULL;
}

// check_goto checks that `goto L` neither enters a block nor skips a variable
// declaration in L's block (Go spec: Goto statements).
static void check_goto(Walk *w, Node *s, Label *l) {
    int depth = 0;
    while (depth < l->blocks.len && depth < w->blocks.len &&
           VEC_AT(&l->blocks, depth) == VEC_AT(&w->blocks, depth))
        depth++;
    if (depth < l->blocks.len) {
        Node *entered = VEC_AT(&l->blocks, depth);
        error_at(s->name_pos, "goto %s jumps into block starting at %s:%d:%d", s->label,
                 entered->pos.file, entered->pos.line, entered->pos.col);
        return;
    }
    Node *block = VEC_AT(&l->blocks, depth - 1);
    int from = (int)(intptr_t)VEC_AT(&w->indexes, depth - 1);
    int to = (int)(intptr_t)VEC_AT(&l->indexes, depth - 1);
    for (int i = from + 1; i < to; i++) {
        Pos pos;
        const char *name = declared_name(block->list.items[i], &pos);
        if (name) {
            error_at(s->name_pos, "goto %s jumps over declaration of %s at %s:%d:%d", s->label, name,
                     pos.file, pos.line, pos.col);
            return;
        }
    }
}

// check_branch resolves the label of a break, continue or goto.
static void check_branch(Walk *w, Node *s) {
    const char *what = s->kind == STMT_BREAK ? "break" : s->kind == STMT_CONTINUE ? "continue" : NULL;
    Label *l = find_label(w, s->label);
    if (!l) {
        if (what)
            error_at(s->name_pos, "%s label not defined: %s", what, s->label);
        else
            error_at(s->name_pos, "label %s not defined", s->label);
        return;
    }
    l->used = true;
    if (!what) {
        check_goto(w, s, l);
        return;
    }
    for (Target *t = w->targets; t; t = t->outer)
        if (t->label && strcmp(t->label, s->label) == 0 && (t->is_loop || s->kind == STMT_BREAK))
            return;
    error_at(s->name_pos, "invalid %s label %s", what, s->label);
}

static void resolve_stmt(Walk *w, Node *s, const char *label);

static void resolve_block(Walk *w, Node *block) {
    vec_push(&w->blocks, block);
    vec_push(&w->indexes, 0);
    for (int i = 0; i < block->list.len; i++) {
        w->indexes.items[w->indexes.len - 1] = (void *)(intptr_t)i;
        resolve_stmt(w, block->list.items[i], NULL);
    }
    w->blocks.len--;
    w->indexes.len--;
}

// resolve_target walks the body of a for or switch, which `label` (if any)
// names as a target for break (and, for a loop, continue).
static void resolve_target(Walk *w, Node *s, const char *label) {
    Target t = {.outer = w->targets, .label = label,
                .is_loop = s->kind == STMT_FOR || s->kind == STMT_RANGE};
    w->targets = &t;
    if (t.is_loop)
        resolve_block(w, s->body);
    else
        for (int i = 0; i < s->list.len; i++)
            resolve_block(w, ((Node *)s->list.items[i])->body);
    w->targets = t.outer;
}

static void resolve_stmt(Walk *w, Node *s, const char *label) {
    if (!s)
        return;
    switch (s->kind) {
    case STMT_LABELED: resolve_stmt(w, s->body, s->label); return;
    case STMT_BLOCK: resolve_block(w, s); return;
    case STMT_IF:
        resolve_block(w, s->body);
        resolve_stmt(w, s->els, NULL);
        return;
    case STMT_FOR:
    case STMT_RANGE:
    case STMT_SWITCH:
    case STMT_TYPE_SWITCH:
    case STMT_SELECT: resolve_target(w, s, label); return;
    case STMT_BREAK:
    case STMT_CONTINUE:
    case STMT_GOTO:
        if (s->label)
            check_branch(w, s);
        return;
    default: return;
    }
}

// check_labels checks the labels and labeled branches of a function body and
// reports labels that nothing uses.
void check_labels(Node *body) {
    Walk w = {0};
    collect_block(&w, body);
    resolve_block(&w, body);
    for (int i = 0; i < w.labels.len; i++) {
        Label *l = VEC_AT(&w.labels, i);
        if (!l->used)
            error_at(l->stmt->pos, "label %s defined and not used", l->name);
    }
}
