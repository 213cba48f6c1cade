// parse.c: the front end's entry points (parser.h): parse_file and dump_tokens.
#include "parser/parser.h"

#include "lexer/lexer.h"
#include "parser.tab.h"
#include "parser/syntax.h"

// The flex scanner's interface (lexer.l, reentrant).
typedef void *yyscan_t;
typedef struct yy_buffer_state *YY_BUFFER_STATE;
int yylex_init_extra(LexState *extra, yyscan_t *scanner);
YY_BUFFER_STATE yy_scan_bytes(const char *bytes, int len, yyscan_t scanner);
int yylex_destroy(yyscan_t scanner);

// start_scanner prepares a LexState and a flex scanner over text, after the
// checks gc's source reader makes (NUL, invalid UTF-8, BOM).
static yyscan_t start_scanner(LexState *ls, const char *path, const char *text, size_t len) {
    size_t skip = scan_prepass(path, text, len);
    *ls = (LexState){.file = path, .text = text, .len = len, .line = 1, .col = 1 + (int)skip, .offset = skip};
    yyscan_t scanner;
    if (yylex_init_extra(ls, &scanner) != 0)
        fatal("cannot start the scanner");
    yy_scan_bytes(text + skip, (int)(len - skip), scanner);
    return scanner;
}

Node *parse_file(const char *path, const char *text, size_t len) {
    register_source(path, text, len);
    Parser *p = NEW(Parser);
    p->scanner = start_scanner(&p->lex, path, text, len);
    yyparse(p->scanner, p);
    yylex_destroy(p->scanner);
    if (!p->file) {  // no package clause: an empty file node
        p->file = new_node(FILE_NODE, (Pos){path, 1, 1});
        p->file->name = "";
    }
    return p->file;
}

// token_spelling names a token kind for the dump: keywords and operators as
// written, "name" and "literal" for the others.
static const char *token_spelling(int tok, const char *text) {
    switch (tok) {
    case NAME: return "name";
    case LITERAL: return "literal";
    case ';': return ";";
    default: return text;
    }
}

void dump_tokens(Buf *out, const char *path, const char *text, size_t len) {
    register_source(path, text, len);
    LexState ls;
    yyscan_t scanner = start_scanner(&ls, path, text, len);
    YYSTYPE val;
    YYLTYPE loc;
    int tok;
    while ((tok = yylex(&val, &loc, scanner)) != 0)
        buf_printf(out, "%d:%d %s %s\n", loc.first_line, loc.first_column, token_spelling(tok, ls.tok_text),
                   ls.tok_text);
    buf_printf(out, "%d:%d EOF\n", loc.first_line, loc.first_column);
    yylex_destroy(scanner);
}
