build-clang/src/place/countries.o: src/place/countries.c \
  src/place/gazetteer.h

src/place/gazetteer.h:
