# dyad — build, test, sanitize, fuzz, bench.  `make` builds libdyad.a and ./dyad.
CC      ?= cc
CFLAGS  ?= -O2 -g
WARN    := -std=c11 -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
# snprintf into bounded buffers truncates by design; gcc -O1 cannot see the bounds.
ifneq ($(findstring clang,$(shell $(CC) --version 2>/dev/null)),clang)
WARN    += -Wno-format-truncation
endif

PKGS    := sqlite3 cairo geonames
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CPPFLAGS += -Iinclude -Isrc $(PKG_CFLAGS) -DDYAD_DICT_DIR=\"$(CURDIR)/dict\"
LDLIBS  += $(PKG_LIBS) -lm -lpthread

BUILD   ?= build
LIB_SRC := $(sort $(wildcard src/*/*.c))
CLI_SRC := $(sort $(wildcard cli/*.c))
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ := $(CLI_SRC:%.c=$(BUILD)/%.o)
UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

all: dyad

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -MMD -MP -c $< -o $@

$(BUILD)/libdyad.a: $(LIB_OBJ)
	ar rcs $@ $^

dyad: $(CLI_OBJ) $(BUILD)/libdyad.a
	$(CC) $(CFLAGS) -o $@ $(CLI_OBJ) $(BUILD)/libdyad.a $(LDLIBS)

$(BUILD)/tests/%: tests/unit/%.c tests/unit/check.h $(BUILD)/libdyad.a
	@mkdir -p $(dir $@)
	@echo "  TEST    $<"
	@$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -Itests/unit $< -o $@ $(BUILD)/libdyad.a $(LDLIBS)

# One command runs every test and ends with "N passed, M failed".
check: dyad $(UNIT_BIN)
	@sh tests/run.sh $(BUILD) ./dyad

# The same suite under AddressSanitizer + UndefinedBehaviorSanitizer.
asan:
	$(MAKE) BUILD=build-asan CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	    LDFLAGS="-fsanitize=address,undefined" DYAD_BIN=dyad-asan dyad-asan check-asan

dyad-asan: $(CLI_OBJ) $(BUILD)/libdyad.a
	$(CC) $(CFLAGS) -o $@ $(CLI_OBJ) $(BUILD)/libdyad.a $(LDLIBS)

check-asan: dyad-asan $(UNIT_BIN)
	@sh tests/run.sh $(BUILD) ./dyad-asan

bench: dyad
	@sh bench/run.sh ./dyad

clean:
	rm -rf build build-asan build-fuzz dyad dyad-asan

.PHONY: all check asan check-asan bench clean
-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d)
-include tools/tools.mk
-include fuzz/fuzz.mk
