build-clang/src/util/calendar.o: src/util/calendar.c src/util/calendar.h

src/util/calendar.h:
