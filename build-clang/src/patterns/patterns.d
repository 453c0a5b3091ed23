build-clang/src/patterns/patterns.o: src/patterns/patterns.c \
  src/patterns/patterns.h src/syntax/syntax.h src/dict/dict.h \
  include/dyad.h src/util/arena.h src/util/hash.h src/tokens/tokens.h

src/patterns/patterns.h:

src/syntax/syntax.h:

src/dict/dict.h:

include/dyad.h:

src/util/arena.h:

src/util/hash.h:

src/tokens/tokens.h:
