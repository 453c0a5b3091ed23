build-clang/src/store/period.o: src/store/period.c src/util/calendar.h \
  src/store/store_internal.h src/store/store.h include/dyad.h

src/util/calendar.h:

src/store/store_internal.h:

src/store/store.h:

include/dyad.h:
