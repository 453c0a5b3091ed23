build-clang/src/dict/cameo.o: src/dict/cameo.c src/dict/dict.h \
  include/dyad.h src/util/arena.h src/util/hash.h

src/dict/dict.h:

include/dyad.h:

src/util/arena.h:

src/util/hash.h:
