build-clang/src/actors/actors.o: src/actors/actors.c src/actors/actors.h \
  src/syntax/syntax.h src/dict/dict.h include/dyad.h src/util/arena.h \
  src/util/hash.h src/tokens/tokens.h src/syntax/tagger.h

src/actors/actors.h:

src/syntax/syntax.h:

src/dict/dict.h:

include/dyad.h:

src/util/arena.h:

src/util/hash.h:

src/tokens/tokens.h:

src/syntax/tagger.h:
