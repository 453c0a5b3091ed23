build-clang/src/tokens/tokens.o: src/tokens/tokens.c src/tokens/tokens.h \
  src/util/arena.h

src/tokens/tokens.h:

src/util/arena.h:
