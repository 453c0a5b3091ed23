build-clang/src/dict/load.o: src/dict/load.c src/dict/dict.h \
  include/dyad.h src/util/arena.h src/util/hash.h

src/dict/dict.h:

include/dyad.h:

src/util/arena.h:

src/util/hash.h:
