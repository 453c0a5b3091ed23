#!/bin/sh
# Builds bench/store_bench.c against libdyad.a and runs it.
# usage: sh bench/store-bench.sh [EVENTS [EVENTS_PER_STORY]]   (from the project root)
# The store is written to $TMPDIR (default /tmp) and removed afterwards.
set -e
make -s build/libdyad.a
cc -O2 -std=c11 -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
    -Iinclude -Isrc bench/store_bench.c build/libdyad.a \
    $(pkg-config --libs sqlite3 cairo) -lm -o build/store_bench
db=${TMPDIR:-/tmp}/dyad-store-bench-$$.db
trap 'rm -f "$db" "$db-wal" "$db-shm"' EXIT
build/store_bench "$db" "$@"
ls -l "$db" | awk '{printf "store: %.0f MB\n", $5 / 1e6}'
