build-clang/src/syntax/syntax.o: src/syntax/syntax.c src/syntax/syntax.h \
  src/dict/dict.h include/dyad.h src/util/arena.h src/util/hash.h \
  src/tokens/tokens.h src/syntax/tagger.h

src/syntax/syntax.h:

src/dict/dict.h:

include/dyad.h:

src/util/arena.h:

src/util/hash.h:

src/tokens/tokens.h:

src/syntax/tagger.h:
