build-clang/src/read/dated.o: src/read/dated.c src/read/read_internal.h \
  include/dyad.h src/util/buf.h

src/read/read_internal.h:

include/dyad.h:

src/util/buf.h:
