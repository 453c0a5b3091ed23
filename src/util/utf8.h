/* utf8.h — UTF-8 checks used by the readers. */
#ifndef DYAD_UTF8_H
#define DYAD_UTF8_H
#include <stddef.h>

/* Returns the byte offset of the first invalid sequence (overlong forms,
 * surrogates and code points above U+10FFFF are invalid), or `len` when the
 * whole text is valid. */
size_t utf8_invalid_at(const char *s, size_t len);
#endif
