build-clang/src/read/reader.o: src/read/reader.c src/read/read_internal.h \
  include/dyad.h src/util/buf.h src/util/calendar.h src/util/utf8.h

src/read/read_internal.h:

include/dyad.h:

src/util/buf.h:

src/util/calendar.h:

src/util/utf8.h:
