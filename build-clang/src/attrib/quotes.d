build-clang/src/attrib/quotes.o: src/attrib/quotes.c src/attrib/quotes.h

src/attrib/quotes.h:
