build-clang/src/syntax/lexicon.o: src/syntax/lexicon.c \
  src/syntax/syntax.h src/dict/dict.h include/dyad.h src/util/arena.h \
  src/util/hash.h src/tokens/tokens.h

src/syntax/syntax.h:

src/dict/dict.h:

include/dyad.h:

src/util/arena.h:

src/util/hash.h:

src/tokens/tokens.h:
