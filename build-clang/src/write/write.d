build-clang/src/write/write.o: src/write/write.c include/dyad.h

include/dyad.h:
