build-clang/src/store/output.o: src/store/output.c \
  src/store/store_internal.h src/store/store.h include/dyad.h

src/store/store_internal.h:

src/store/store.h:

include/dyad.h:
