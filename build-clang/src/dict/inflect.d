build-clang/src/dict/inflect.o: src/dict/inflect.c src/dict/dict.h \
  include/dyad.h src/util/arena.h src/util/hash.h

src/dict/dict.h:

include/dyad.h:

src/util/arena.h:

src/util/hash.h:
