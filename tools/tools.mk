# tools.mk — programs that make dyad's data, kept out of libdyad and ./dyad:
# the part-of-speech tagger's trainer and its measurements (docs/syntax.md).
#   make tools          builds them
#   make tagger-model   retrains dict/tagger.model from UD English EWT
#   make tagger-eval    accuracy on EWT dev/test and the news sets, and speed
#                       (best of 5 rounds of CPU time: see docs/syntax.md)
SHARED    ?= ../shared
EWT       := $(SHARED)/ud-english-ewt
TOOL_BIN  := $(BUILD)/tools/train_tagger $(BUILD)/tools/eval_tagger

tools: $(TOOL_BIN)

# Built by `make check` so that they cannot fall behind the library's
# interfaces unnoticed (eval_tagger once did).
check: $(TOOL_BIN)

$(BUILD)/tools/%: tools/%.c tools/tagger_corpus.c tools/tagger_corpus.h $(BUILD)/libdyad.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -Itools $(CFLAGS) $(WARN) $< tools/tagger_corpus.c -o $@ $(BUILD)/libdyad.a $(LDLIBS)

tagger-model: $(BUILD)/tools/train_tagger
	$(BUILD)/tools/train_tagger -o dict/tagger.model $(EWT)/en_ewt-ud-train.conllu

tagger-eval: $(BUILD)/tools/eval_tagger
	$(BUILD)/tools/eval_tagger conllu dict/tagger.model $(EWT)/en_ewt-ud-dev.conllu $(EWT)/en_ewt-ud-test.conllu
	$(BUILD)/tools/eval_tagger ptb dict/tagger.model $(SHARED)/text/GigaWord.sample.PETR.xml \
	    $(SHARED)/validation/PETR.UnitTest.records.xml
	$(BUILD)/tools/eval_tagger bench dict/tagger.model $(EWT)/en_ewt-ud-dev.conllu

.PHONY: tools tagger-model tagger-eval
