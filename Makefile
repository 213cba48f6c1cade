# mgc: a compiler for mini-Go. `make` builds ./mgc and runtime/libmgcrt.a.
# `make demo` and `make test` first install missing packages (tools/deps.sh).

CC      ?= cc
OPT     ?= -O2 -g
CFLAGS   = $(OPT) -std=c11 -Wall -Wextra -D_GNU_SOURCE -MMD -MP
RTFLAGS  = -std=c11 -Wall -Wextra -D_GNU_SOURCE -g -ffunction-sections -fdata-sections \
           -fno-asynchronous-unwind-tables -fno-omit-frame-pointer -MMD -MP
# The runtime's cold half (formatting, errors, tracebacks, the OS) is compiled
# for size and the rest for speed: hello world stays within 256 KiB (issue 14)
# while maps, strings, allocation, channels and math keep -O2.
RTCOLD   = fmt.c fmtsort.c ftoa.c quote.c scan.c strconv.c error.c errors.c errtypes.c \
           os.c syscall.c traceback.c panic.c print.c signal.c time.c unicode.c
rtopt    = $(if $(filter $(RTCOLD),$(notdir $(1))),-Os,-O2)
RTCXXFLAGS = -std=c++17 -Wall -Wextra -O2 -g -ffunction-sections -fdata-sections \
           -fno-asynchronous-unwind-tables -fno-exceptions -fno-rtti -MMD -MP
BUILD   ?= build

# Compiler sources, by phase. Flex and bison outputs are build products.
SRCS := $(wildcard common/*.c lexer/*.c parser/*.c typecheck/*.c codegen/*.c \
                   opt/*.c inline/*.c escape/*.c codegen/amd64/*.c explain/*.c driver/*.c)
GEN  := $(BUILD)/gen/lexer.c $(BUILD)/gen/parser.c $(BUILD)/gen/explain_page.c
OBJS := $(SRCS:%.c=$(BUILD)/%.o) $(GEN:.c=.o)
RTSRCS := $(wildcard runtime/*.c)
# regexp's matcher is a C++ shim over Debian's RE2 (runtime/regexp.cc).
RTCXXSRCS := $(wildcard runtime/*.cc)
# The runtime shares the scanner's Unicode tables (strconv.IsPrint for fmt's %q).
RTOBJS := $(RTSRCS:%.c=$(BUILD)/%.o) $(RTCXXSRCS:%.cc=$(BUILD)/%.o) $(BUILD)/runtime/lexer_unicode.o

.PHONY: all deps demo test golden sanitize fuzz bench gosuite difftest explain-shot clean
all: mgc runtime/libmgcrt.a

# ./mgc is replaced, not overwritten: a test still running the old one keeps its
# file, and the copy cannot fail with "Text file busy".
mgc: $(BUILD)/mgc
	cp --remove-destination $< $@

$(BUILD)/mgc: $(OBJS)
	$(CC) $(CFLAGS) -o $@ $^ -lgmp -lcrypto -lm -lpthread

$(BUILD)/gen/parser.c: parser/parser.y
	@mkdir -p $(@D)
	bison -Wall -Werror --defines=$(BUILD)/gen/parser.tab.h -o $@ $<

$(BUILD)/gen/lexer.c: lexer/lexer.l $(BUILD)/gen/parser.c
	@mkdir -p $(@D)
	flex -o $@ $<

# The page of `mgc explain`: explain/page.css and page.js as C strings, one
# literal per line (backslash, quote and ? escaped: `??(` would be a trigraph).
$(BUILD)/gen/explain_page.c: explain/page.css explain/page.js
	@mkdir -p $(@D)
	{ echo '// generated from explain/page.css and explain/page.js by the Makefile'; \
	  echo 'const char explain_page_css[] ='; sed -f explain/cstring.sed explain/page.css; echo ';'; \
	  echo 'const char explain_page_js[] ='; sed -f explain/cstring.sed explain/page.js; echo ';'; \
	} > $@

$(BUILD)/gen/%.o: $(BUILD)/gen/%.c
	$(CC) $(CFLAGS) -I. -Ilexer -Iparser -I$(BUILD)/gen -c -o $@ $<

$(BUILD)/%.o: %.c | $(GEN)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -I. -I$(BUILD)/gen -c -o $@ $<

runtime/libmgcrt.a: $(RTOBJS)
	rm -f $@
	ar rcs $@ $^

$(BUILD)/runtime/%.o: runtime/%.c
	@mkdir -p $(@D)
	$(CC) $(RTFLAGS) $(call rtopt,$<) -c -o $@ $(abspath $<)

$(BUILD)/runtime/%.o: runtime/%.cc
	@mkdir -p $(@D)
	$(CXX) $(RTCXXFLAGS) -c -o $@ $<

$(BUILD)/runtime/lexer_unicode.o: lexer/unicode.c
	@mkdir -p $(@D)
	$(CC) $(RTFLAGS) -O2 -I. -c -o $@ $<

deps:
	@tools/deps.sh

demo: deps all
	./mgc run testdata/demo/shapes.go

test: deps all
	@tools/runtests.py

golden: all
	@tools/runtests.py --update-golden

# The compiler built with AddressSanitizer and UBSan, run over the whole suite.
sanitize: deps runtime/libmgcrt.a
	$(MAKE) BUILD=build/asan OPT="$(SANFLAGS)" build/asan/mgc
	MGC_ROOT=$(CURDIR) tools/runtests.py --mgc build/asan/mgc

# The mutation fuzzer (tools/fuzz.py, docs/FUZZING.md): mutants of the test
# programs through `mgc asm` built with ASan and UBSan, FUZZ_N inputs; crashes,
# hangs and sanitizer reports are saved under build/fuzz/. The compiler runs
# in the children of a fork server (tools/fuzz_server.c) to skip ASan's start.
SANFLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
FUZZ_N ?= 10000
FUZZ_SEED ?= 1
fuzz: deps runtime/libmgcrt.a
	$(MAKE) BUILD=build/asan OPT="$(SANFLAGS)" build/asan/fuzz-mgc
	tools/fuzz.py --server build/asan/fuzz-mgc --inputs $(FUZZ_N) --seed $(FUZZ_SEED)

FUZZOBJS := $(filter-out $(BUILD)/driver/main.o,$(OBJS)) $(BUILD)/fuzz/main.o $(BUILD)/fuzz/fuzz_server.o

$(BUILD)/fuzz-mgc: $(FUZZOBJS)
	$(CC) $(CFLAGS) -o $@ $^ -lgmp -lcrypto -lm -lpthread

$(BUILD)/fuzz/main.o: driver/main.c | $(GEN)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -Dmain=mgc_process_main -DMGC_STACK_SIZE='(64 << 20)' -I. -I$(BUILD)/gen -c -o $@ $<

$(BUILD)/fuzz/fuzz_server.o: tools/fuzz_server.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -c -o $@ $<

# Benchmarks against go1.19: wall time (interleaved runs), or instructions
# executed with BENCH=--callgrind.
bench: all
	@tools/bench.py $(BENCH)

# Go's own test suite: the programs of testdata/gosuite/public.txt, read in
# place from the golang-1.19-src package (installed if missing). Not part of
# `make test`, which must not need Go.
gosuite: deps all
	@tools/gosuite.py

# The README's picture of `mgc explain`, taken by the browser test (needs
# chromium, node and npm: apt-get install -y chromium nodejs npm).
explain-shot: all
	MGC=$(CURDIR)/mgc EXPLAIN_SHOTS=$(CURDIR)/$(BUILD)/explain-shots testdata/scripts/explain_browser.sh
	cp $(BUILD)/explain-shots/readme.png docs/explain.png

# Differential testing against go1.19: random programs from tools/difftest.py,
# built by go and by mgc (optimized and -N), outputs compared. Needs go.
SEEDS ?= 1:201
difftest: all
	@tools/difftest.py --seeds $(SEEDS)

clean:
	rm -rf build mgc runtime/libmgcrt.a

-include $(OBJS:.o=.d) $(RTOBJS:.o=.d) $(BUILD)/fuzz/main.d
