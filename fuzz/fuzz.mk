# fuzz.mk — libFuzzer targets for every parser of outside input (included
# by the Makefile).  `make fuzz` builds them into build-fuzz/;
# `make fuzz-run SECONDS=N` runs each for N seconds on a seed corpus made
# from ../shared and the tests, and lists the crashes found; FUZZ_ONLY="code
# read_jsonl" picks targets.
FUZZ_DIR    := build-fuzz
FUZZ_CC     ?= clang
FUZZ_CFLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined \
               -fno-sanitize-recover=all
FUZZ_LINK   := -fsanitize=fuzzer,address,undefined
# clang knows no -Wno-format-truncation (added for gcc).
FUZZ_WARN   := $(filter-out -Wno-format-truncation,$(WARN))
FUZZ_OBJ    := $(LIB_SRC:%.c=$(FUZZ_DIR)/obj/%.o)
FUZZ_DEFS   := -DFUZZ_DICT_DIR=\"$(CURDIR)/dict\" \
               -DFUZZ_PETRARCH=\"$(CURDIR)/../shared/dictionaries/petrarch-validate\"
FUZZ_READERS := dated jsonl petrxml tabari
FUZZ_SLOTS   := verbs actors agents discards own
FUZZ_TARGETS := $(FUZZ_READERS:%=$(FUZZ_DIR)/read_%) $(FUZZ_SLOTS:%=$(FUZZ_DIR)/dict_%) \
                $(FUZZ_DIR)/dict_image $(FUZZ_DIR)/code $(FUZZ_DIR)/code_petrarch
SECONDS ?= 60

fuzz: $(FUZZ_TARGETS)

$(FUZZ_DIR)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  FUZZCC  $<"
	@$(FUZZ_CC) $(CPPFLAGS) $(FUZZ_CFLAGS) $(FUZZ_WARN) -MMD -MP -c $< -o $@

$(FUZZ_DIR)/libdyad.a: $(FUZZ_OBJ)
	ar rcs $@ $^

FUZZ_BUILD = $(FUZZ_CC) $(CPPFLAGS) $(FUZZ_DEFS) $(FUZZ_CFLAGS) $(FUZZ_WARN) $(FUZZ_LINK)
FUZZ_DEPS  = fuzz/fuzz_common.h $(FUZZ_DIR)/libdyad.a

$(FUZZ_DIR)/read_%: fuzz/fuzz_read.c $(FUZZ_DEPS)
	$(FUZZ_BUILD) -DFUZZ_FORMAT=DYAD_INPUT_$(shell echo $* | tr a-z A-Z) $< -o $@ $(FUZZ_DIR)/libdyad.a $(LDLIBS)

$(FUZZ_DIR)/dict_%: fuzz/fuzz_dict.c $(FUZZ_DEPS)
	$(FUZZ_BUILD) -DFUZZ_SLOT=$* -DFUZZ_SUFFIX=\"$(if $(filter own,$*),.dyad,.txt)\" $< -o $@ $(FUZZ_DIR)/libdyad.a $(LDLIBS)

$(FUZZ_DIR)/dict_image: fuzz/fuzz_image.c $(FUZZ_DEPS)
	$(FUZZ_BUILD) $< -o $@ $(FUZZ_DIR)/libdyad.a $(LDLIBS)

$(FUZZ_DIR)/code: fuzz/fuzz_code.c $(FUZZ_DEPS)
	$(FUZZ_BUILD) $< -o $@ $(FUZZ_DIR)/libdyad.a $(LDLIBS)

$(FUZZ_DIR)/code_petrarch: fuzz/fuzz_code.c $(FUZZ_DEPS)
	$(FUZZ_BUILD) -DFUZZ_PETRARCH_SET $< -o $@ $(FUZZ_DIR)/libdyad.a $(LDLIBS)

FUZZ_ONLY ?= $(FUZZ_TARGETS:$(FUZZ_DIR)/%=%)
fuzz-run: fuzz
	@sh fuzz/run.sh $(FUZZ_DIR) $(SECONDS) $(FUZZ_ONLY)

.PHONY: fuzz fuzz-run
-include $(FUZZ_OBJ:.o=.d)
