# cstring.sed: a text line as a C string literal (Makefile, explain_page.c)
s/\\/\\\\/g
s/"/\\"/g
s/?/\\?/g
s/^/"/
s/$/\\n"/
