build-clang/src/store/schema.o: src/store/schema.c src/store/schema.h

src/store/schema.h:
