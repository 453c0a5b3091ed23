build-clang/src/read/tabari.o: src/read/tabari.c src/read/read_internal.h \
  include/dyad.h src/util/buf.h

src/read/read_internal.h:

include/dyad.h:

src/util/buf.h:
