build-clang/src/place/gazetteer.o: src/place/gazetteer.c \
  src/place/gazetteer.h

src/place/gazetteer.h:
