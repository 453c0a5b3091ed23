build-clang/src/dict/dict.o: src/dict/dict.c src/dict/dict.h \
  include/dyad.h src/util/arena.h src/util/hash.h src/util/grow.h

src/dict/dict.h:

include/dyad.h:

src/util/arena.h:

src/util/hash.h:

src/util/grow.h:
