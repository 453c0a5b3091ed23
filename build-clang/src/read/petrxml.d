build-clang/src/read/petrxml.o: src/read/petrxml.c \
  src/read/read_internal.h include/dyad.h src/util/buf.h

src/read/read_internal.h:

include/dyad.h:

src/util/buf.h:
