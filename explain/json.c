// json.c: the JSON writer of the page's data.
#include "internal.h"

#include <string.h>

void json_strn(Buf *b, const char *s, size_t n) {
    buf_putc(b, '"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"':  buf_puts(b, "\\\""); break;
        case '\\': buf_puts(b, "\\\\"); break;
        case '\n': buf_puts(b, "\\n"); break;
        case '\t': buf_puts(b, "\\t"); break;
        case '<': case '>': case '&':
            buf_printf(b, "\\u%04x", c);
            break;
        default:
            if (c < 0x20 || c == 0x7f)
                buf_printf(b, "\\u%04x", c);
            else
                buf_putc(b, (char)c);
        }
    }
    buf_putc(b, '"');
}

void json_str(Buf *b, const char *s) {
    if (!s) {
        buf_puts(b, "null");
        return;
    }
    json_strn(b, s, strlen(s));
}

void json_key(Buf *b, const char *key) {
    json_str(b, key);
    buf_putc(b, ':');
}
