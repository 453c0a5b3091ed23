build-clang/src/time/timex.o: src/time/timex.c src/time/timex.h

src/time/timex.h:
