build-clang/src/store/sql.o: src/store/sql.c src/store/schema.h \
  src/store/store_internal.h src/store/store.h include/dyad.h

src/store/schema.h:

src/store/store_internal.h:

src/store/store.h:

include/dyad.h:
