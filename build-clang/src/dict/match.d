build-clang/src/dict/match.o: src/dict/match.c src/dict/dict.h \
  include/dyad.h src/util/arena.h src/util/hash.h src/tokens/tokens.h

src/dict/dict.h:

include/dyad.h:

src/util/arena.h:

src/util/hash.h:

src/tokens/tokens.h:
