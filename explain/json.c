// json.c: the JSON writer of the page's data.
#include "internal.h"

#include <string.h>

// utf8_len is the length of the valid UTF-8 sequence at s (at most n bytes),
// or 0 if the bytes there are not one (overlong forms and surrogates included).
static size_t utf8_len(const unsigned char *s, size_t n) {
    size_t len = s[0] >= 0xf0 ? 4 : s[0] >= 0xe0 ? 3 : s[0] >= 0xc2 ? 2 : 0;
    if (len == 0 || len > n || s[0] > 0xf4)
        return 0;
    for (size_t i = 1; i < len; i++)
        if ((s[i] & 0xc0) != 0x80)
            return 0;
    if ((s[0] == 0xe0 && s[1] < 0xa0) || (s[0] == 0xed && s[1] >= 0xa0) ||
        (s[0] == 0xf0 && s[1] < 0x90) || (s[0] == 0xf4 && s[1] >= 0x90))
        return 0;
    return len;
}

// json_strn writes n bytes as a JSON string; a byte that is not part of
// valid UTF-8 (a Go string may hold any) becomes U+FFFD, as a browser would
// show it.
void json_strn(Buf *b, const char *s, size_t n) {
    buf_putc(b, '"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80) {
            size_t len = utf8_len((const unsigned char *)s + i, n - i);
            if (len == 0) {
                buf_puts(b, "\\ufffd");
                continue;
            }
            buf_putn(b, s + i, len);
            i += len - 1;
            continue;
        }
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

// opens_value: whether b ends where a member or element must not get a comma.
static bool opens_value(const Buf *b) {
    if (b->len == 0)
        return true;
    char last = b->data[b->len - 1];
    return last == '{' || last == '[' || last == ':';
}

void json_next(Buf *b) {
    if (!opens_value(b))
        buf_putc(b, ',');
}

void json_key(Buf *b, const char *key) {
    json_next(b);
    json_str(b, key);
    buf_putc(b, ':');
}

void json_field(Buf *b, const char *key, const char *value) {
    json_key(b, key);
    json_str(b, value);
}

void json_int(Buf *b, const char *key, long long value) {
    json_key(b, key);
    buf_printf(b, "%lld", value);
}

void json_bool(Buf *b, const char *key, bool value) {
    json_key(b, key);
    buf_puts(b, value ? "true" : "false");
}
