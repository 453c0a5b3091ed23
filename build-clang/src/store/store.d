build-clang/src/store/store.o: src/store/store.c src/store/schema.h \
  src/store/store_internal.h src/store/store.h include/dyad.h

src/store/schema.h:

src/store/store_internal.h:

src/store/store.h:

include/dyad.h:
