build-clang/src/read/jsonl.o: src/read/jsonl.c src/read/read_internal.h \
  include/dyad.h src/util/buf.h

src/read/read_internal.h:

include/dyad.h:

src/util/buf.h:
