// errors.h: the syntax-error wording (errors.c); internal to parser/.
#ifndef MGC_PARSER_ERRORS_H
#define MGC_PARSER_ERRORS_H

#include "parser/syntax.h"

// SyntaxContext is what the LALR parser knows at an error, by symbol name
// (bison's names: "name", "if", "'('", "pexpr", ...).
typedef struct SyntaxContext {
    const char **expected;   // the tokens acceptable here
    int n_expected;
    const char **stack;      // the parse stack's symbols, top first
    int depth;
    int tok;                 // the offending token (0 at EOF)
    const char *tok_text;    // its spelling
    bool tok_is_literal;
    Pos pos;
} SyntaxContext;

// report_syntax_error reports the error in gc's words at the offending token.
void report_syntax_error(Parser *p, const SyntaxContext *c);

#endif
