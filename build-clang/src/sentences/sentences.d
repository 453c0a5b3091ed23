build-clang/src/sentences/sentences.o: src/sentences/sentences.c \
  src/sentences/sentences.h src/tokens/tokens.h src/util/arena.h

src/sentences/sentences.h:

src/tokens/tokens.h:

src/util/arena.h:
