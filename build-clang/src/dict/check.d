build-clang/src/dict/check.o: src/dict/check.c src/dict/check.h \
  src/dict/dict.h include/dyad.h src/util/arena.h src/util/hash.h \
  src/util/grow.h src/util/text.h src/place/gazetteer.h

src/dict/check.h:

src/dict/dict.h:

include/dyad.h:

src/util/arena.h:

src/util/hash.h:

src/util/grow.h:

src/util/text.h:

src/place/gazetteer.h:
