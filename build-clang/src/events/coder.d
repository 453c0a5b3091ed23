build-clang/src/events/coder.o: src/events/coder.c src/events/events.h \
  src/actors/actors.h src/syntax/syntax.h src/dict/dict.h include/dyad.h \
  src/util/arena.h src/util/hash.h src/tokens/tokens.h \
  src/patterns/patterns.h src/sentences/sentences.h src/attrib/quotes.h \
  src/time/timex.h

src/events/events.h:

src/actors/actors.h:

src/syntax/syntax.h:

src/dict/dict.h:

include/dyad.h:

src/util/arena.h:

src/util/hash.h:

src/tokens/tokens.h:

src/patterns/patterns.h:

src/sentences/sentences.h:

src/attrib/quotes.h:

src/time/timex.h:
