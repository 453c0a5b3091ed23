build-clang/src/util/text.o: src/util/text.c src/util/text.h

src/util/text.h:
