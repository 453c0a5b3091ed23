build-clang/src/util/hash.o: src/util/hash.c src/util/hash.h

src/util/hash.h:
