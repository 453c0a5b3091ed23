build-clang/src/syntax/tagger.o: src/syntax/tagger.c src/syntax/tagger.h \
  src/tokens/tokens.h src/util/arena.h

src/syntax/tagger.h:

src/tokens/tokens.h:

src/util/arena.h:
