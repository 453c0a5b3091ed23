build-clang/src/store/dedup.o: src/store/dedup.c \
  src/store/store_internal.h src/store/store.h include/dyad.h

src/store/store_internal.h:

src/store/store.h:

include/dyad.h:
