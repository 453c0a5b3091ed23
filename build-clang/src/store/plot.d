build-clang/src/store/plot.o: src/store/plot.c \
  /usr/include/cairo/cairo-svg.h /usr/include/cairo/cairo.h \
  /usr/include/cairo/cairo-version.h /usr/include/cairo/cairo-features.h \
  /usr/include/cairo/cairo-deprecated.h src/store/store_internal.h \
  src/store/store.h include/dyad.h

/usr/include/cairo/cairo-svg.h:

/usr/include/cairo/cairo.h:

/usr/include/cairo/cairo-version.h:

/usr/include/cairo/cairo-features.h:

/usr/include/cairo/cairo-deprecated.h:

src/store/store_internal.h:

src/store/store.h:

include/dyad.h:
