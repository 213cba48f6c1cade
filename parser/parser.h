// parser.h: the front end's contract. Source text in, AST out.
//
// parse_file reads one mini-Go file and returns its FILE_NODE. Lexical and
// syntax errors are reported through error_at (common.h) in gc's wording; the
// parser recovers at statement and declaration boundaries, so one run reports
// several. After errors the returned tree may contain NODE_BAD nodes, and
// callers must not type-check it.
#ifndef MGC_PARSER_H
#define MGC_PARSER_H

#include "ast.h"

Node *parse_file(const char *path, const char *text, size_t len);

// dump_tokens writes the token stream of a file, one token a line with its
// position, including the semicolons Go's rule inserts (mgc dump -phase=tokens).
void dump_tokens(Buf *out, const char *path, const char *text, size_t len);

#endif
