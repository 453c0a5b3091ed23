build-clang/src/store/query.o: src/store/query.c \
  src/store/store_internal.h src/store/store.h include/dyad.h

src/store/store_internal.h:

src/store/store.h:

include/dyad.h:
