// select.c: send statements and select statements (Go spec: Send statements,
// Select statements). Receives are expressions (expr.c, check_receive).
#include "check.h"

// check_send checks `ch <- v`: ch is a channel that may be sent to, v is
// assignable to its element type.
void check_send(Checker *c, Node *s) {
    Operand ch, v;
    check_expr(c, &ch, s->lhs);
    check_expr(c, &v, s->rhs);
    if (ch.mode == MODE_INVALID || v.mode == MODE_INVALID)
        return;
    Type *u = underlying(ch.type);
    if (u == ty_invalid)
        return;
    if (u->kind != TY_CHAN) {
        error_at(s->pos, "invalid operation: cannot send to non-channel %s", operand_string(&ch));
        return;
    }
    if (u->chan_dir == CHAN_RECV) {
        error_at(s->pos, "invalid operation: cannot send to receive-only channel %s", operand_string(&ch));
        return;
    }
    record(&ch);
    assign_operand(c, &v, u->elem, "send");
}

// is_receive: the expression is <-ch (in parentheses or not).
static bool is_receive(Node *e) {
    e = unparen(e);
    return e->kind == EXPR_UNARY && e->op == OP_RECV;
}

// is_comm: a select case is a send, a receive, or a receive assigned to
// variables (`v := <-ch`, `v, ok = <-ch`).
bool is_comm(Node *s) {
    switch (s->kind) {
    case STMT_SEND: return true;
    case STMT_EXPR: return is_receive(s->lhs);
    case STMT_ASSIGN:
    case STMT_DEFINE: return !s->op && s->rhs_list.len == 1 && is_receive(s->rhs_list.items[0]);
    default: return false;
    }
}

// check_select checks each case's communication and statements in a scope of
// the case's own; break may leave the select.
void check_select(Checker *c, Node *s) {
    report_multiple_defaults(s);
    c->breakable++;
    for (int i = 0; i < s->list.len; i++) {
        Node *clause = s->list.items[i];
        Node *comm = clause->list.len ? clause->list.items[0] : NULL;
        if (comm && !is_comm(comm)) {
            Node *e = comm->kind == STMT_EXPR ? unparen(comm->lhs) : NULL;  // gc: a call's '('
            error_at(e && e->kind == EXPR_CALL ? e->op_pos : comm->pos,
                     "select case must be send or receive (possibly with assignment)");
            continue;
        }
        open_scope(c);
        if (comm)
            check_stmt(c, comm);
        check_clause_stmts(c, clause, false, false);
        close_scope(c);
    }
    c->breakable--;
}
