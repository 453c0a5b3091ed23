build-clang/src/dict/own.o: src/dict/own.c src/dict/dict.h include/dyad.h \
  src/util/arena.h src/util/hash.h src/util/text.h

src/dict/dict.h:

include/dyad.h:

src/util/arena.h:

src/util/hash.h:

src/util/text.h:
