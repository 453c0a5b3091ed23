build-clang/src/store/filter.o: src/store/filter.c \
  src/store/store_internal.h src/store/store.h include/dyad.h

src/store/store_internal.h:

src/store/store.h:

include/dyad.h:
