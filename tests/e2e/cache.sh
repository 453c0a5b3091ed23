#!/bin/sh
# The compiled dictionary cache (docs/dictionaries.md, "Loading"): a load
# writes an image, the next load of the same files reads it; an edited or
# touched file, a corrupt, truncated or forged image, or an unusable folder
# sends the load back to the text with the same output; two writers at
# once leave one whole image; --no-cache and DYAD_NO_CACHE=1 write none.
# Every run uses a cache folder of its own (never ~/.cache).
# usage: sh tests/e2e/cache.sh DYAD_BINARY
dyad=$1
shared=../shared
. "$(dirname "$0")/lib/check.sh"
tmp=$(mktemp -d /tmp/dyad-e2e-cache.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
unset DYAD_NO_CACHE
export DYAD_CACHE_DIR="$tmp/cache"
mkdir "$DYAD_CACHE_DIR" "$tmp/own"
cp dict/*.dyad "$tmp/own/"
cat > "$tmp/story.txt" <<'EOF'
date 2021-10-15
Russian President Vladimir Putin met Taliban officials in Moscow on Friday. Iran condemned the attack.
The United Nations urged Israel and Hamas to stop fighting.
EOF
# A file changed less than a second ago is not cached (its time may not
# show the next change): let the copies and the binary age.
sleep 2

image() { ls "$DYAD_CACHE_DIR"/dicts-*.img 2>/dev/null; }
# The image's inode and change time: whether it was written again.
stamp() { stat -c '%i %Z.%z' $(image) 2>/dev/null; }
code() { "$dyad" code --format tsv --dicts "$tmp/own" "$@" "$tmp/story.txt" 2>"$tmp/err"; }

code --no-cache > "$tmp/text.tsv"
if [ -s "$tmp/text.tsv" ] && [ -z "$(image)" ]; then ok "--no-cache writes no image"; else bad "--no-cache wrote $(image)"; fi
DYAD_NO_CACHE=1 code > /dev/null
if [ -z "$(image)" ]; then ok "DYAD_NO_CACHE=1 writes no image"; else bad "DYAD_NO_CACHE=1 wrote $(image)"; fi

code > "$tmp/miss.tsv"
if [ "$(image | wc -l)" -eq 1 ]; then ok "a load writes one image"; else bad "images after a load: $(image)"; fi
before=$(stamp)
code > "$tmp/hit.tsv"
if [ "$(stamp)" = "$before" ]; then ok "the next load reads it (not written again)"; else bad "image rewritten on a hit"; fi
if cmp -s "$tmp/text.tsv" "$tmp/miss.tsv" && cmp -s "$tmp/text.tsv" "$tmp/hit.tsv"; then
    ok "output identical with and without the cache"
else
    bad "output differs with the cache" "$(diff "$tmp/text.tsv" "$tmp/hit.tsv" | head -5)"
fi

# A touched file (same bytes): the image is compiled again.
touch -d '2 hours ago' "$tmp/own/states.dyad"; sleep 1.2
before=$(stamp)
code > "$tmp/touched.tsv"
if [ "$(stamp)" != "$before" ] && cmp -s "$tmp/text.tsv" "$tmp/touched.tsv"; then
    ok "a touched file makes a new image, same output"
else
    bad "touched file: image not rewritten or output differs"
fi

# An edited file: the edit shows at once, never the stale image.
printf 'actor XYZ : Freedonia\n' >> "$tmp/own/states.dyad"
echo "date 2021-10-15
Freedonia attacked Iran." > "$tmp/edit.txt"
"$dyad" code --format tsv --dicts "$tmp/own" "$tmp/edit.txt" > "$tmp/edit.tsv" 2>/dev/null
if grep -q 'XYZ' "$tmp/edit.tsv"; then ok "an edited file is read again"; else bad "edit not seen" "$(cat "$tmp/edit.tsv")"; fi
printf 'actr XYZ : Freedonia\n' >> "$tmp/own/states.dyad"
exits_with 2 "states.dyad:" "$dyad" code --dicts "$tmp/own" "$tmp/edit.txt"
printf 'actor XYZ : Freedonia\n' > "$tmp/own/freedonia.dyad"
head -n -2 "$tmp/own/states.dyad" > "$tmp/states" && mv "$tmp/states" "$tmp/own/states.dyad"
"$dyad" code --format tsv --dicts "$tmp/own" "$tmp/edit.txt" > "$tmp/edit.tsv" 2>/dev/null
if grep -q 'XYZ' "$tmp/edit.tsv"; then ok "a file added to the folder is read"; else bad "new file not seen"; fi
rm "$tmp/own/freedonia.dyad"
sleep 1.2
code > /dev/null; code > /dev/null

# Damaged images: each falls back to the text with the same output, and a
# whole image is written in its place.
img=$(image)
size=$(stat -c %s "$img")
cp "$img" "$tmp/good.img"
# quiet: stderr holds no more than the run's summary.
quiet() { ! grep -v "stories read" "$tmp/err" | grep -q .; }
damage() { # name command...
    name=$1; shift
    cp "$tmp/good.img" "$tmp/bad.img"; "$@"; mv "$tmp/bad.img" "$img"
    code > "$tmp/damaged.tsv"
    if ! cmp -s "$tmp/text.tsv" "$tmp/damaged.tsv" || ! quiet; then
        bad "$name: output differs" "$(diff "$tmp/text.tsv" "$tmp/damaged.tsv" | head -5)" "$(cat "$tmp/err")"
        return
    fi
    before=$(stamp)
    code > /dev/null
    if [ -n "$before" ] && [ "$(stamp)" = "$before" ]; then ok "$name: same output, a whole image written again"
    else bad "$name: image not replaced by a whole one"; fi
}
flip() { printf '\377' | dd of="$tmp/bad.img" bs=1 seek="$1" conv=notrunc 2>/dev/null; }
damage "truncated image" truncate -s $((size / 2)) "$tmp/bad.img"
damage "empty image" truncate -s 0 "$tmp/bad.img"
damage "a byte changed in the header" flip 9
damage "a byte changed in the key" flip 200
damage "a byte changed in the tables" flip $((size / 2))
damage "a byte changed in the strings" flip $((size - 20))
damage "a longer image" sh -c "printf 'x' >> '$tmp/bad.img'"
damage "a text file in its place" sh -c "printf 'hello\n' > '$tmp/bad.img'"
rm -f "$img"; mkfifo "$img"
code > "$tmp/fifo.tsv"
if cmp -s "$tmp/text.tsv" "$tmp/fifo.tsv"; then ok "a FIFO in the image's place: same output, no hang"; else bad "FIFO image"; fi
rm -f "$img"; mkdir "$img"
code > "$tmp/dir.tsv"
if cmp -s "$tmp/text.tsv" "$tmp/dir.tsv" && quiet; then ok "a folder in the image's place: same output, no message"; else bad "folder image" "$(cat "$tmp/err")"; fi
rmdir "$img"

# Another build of dyad (the binary replaced at its path): its key differs,
# so the image is compiled again, without a word.
# (A binary changed less than a second ago is not cached: sleep.)
mkdir "$tmp/bin"; cp "$dyad" "$tmp/bin/dyad"; sleep 1.2
other() { "$tmp/bin/dyad" code --format tsv --dicts "$tmp/own" "$tmp/story.txt" 2>"$tmp/err"; }
other > /dev/null
before=$(ls -i "$DYAD_CACHE_DIR")
[ -n "$before" ] || bad "no image of the copied binary"
cp "$dyad" "$tmp/bin/dyad.new"; printf 'x' >> "$tmp/bin/dyad.new"; chmod +x "$tmp/bin/dyad.new"
mv "$tmp/bin/dyad.new" "$tmp/bin/dyad"; sleep 1.2
other > "$tmp/other.tsv"
if cmp -s "$tmp/text.tsv" "$tmp/other.tsv" && quiet && [ "$(ls -i "$DYAD_CACHE_DIR")" != "$before" ]; then
    ok "an image of another build: same output, no message, written again"
else
    bad "image of another build" "$(cat "$tmp/err")"
fi
rm -rf "$tmp/bin" "$DYAD_CACHE_DIR"/*

# Two writers at once: both outputs right, one whole image, no temporary
# file left.
code > "$tmp/w1.tsv" & code > "$tmp/w2.tsv" & code > "$tmp/w3.tsv"
wait
if cmp -s "$tmp/text.tsv" "$tmp/w1.tsv" && cmp -s "$tmp/text.tsv" "$tmp/w2.tsv" && cmp -s "$tmp/text.tsv" "$tmp/w3.tsv"; then
    ok "three loads at once: same output"
else
    bad "concurrent loads: output differs"
fi
left=$(ls "$DYAD_CACHE_DIR" | grep -v '\.img$')
if [ "$(image | wc -l)" -eq 1 ] && [ -z "$left" ]; then ok "one image, no temporary file left"; else bad "cache folder: $(ls "$DYAD_CACHE_DIR")"; fi
before=$(stamp)
code > /dev/null
if [ "$(stamp)" = "$before" ]; then ok "the image the writers left is read"; else bad "image after concurrent writers rejected"; fi

# An unusable folder is no error.
for dir in "$tmp/none/cache" /proc/version "$tmp/ro"; do
    mkdir -p "$tmp/ro"; chmod 500 "$tmp/ro"
    DYAD_CACHE_DIR=$dir "$dyad" code --format tsv --dicts "$tmp/own" "$tmp/story.txt" > "$tmp/nodir.tsv" 2>"$tmp/err"
    if cmp -s "$tmp/text.tsv" "$tmp/nodir.tsv" && quiet; then
        ok "cache folder $dir unusable: same output, no message"
    else
        bad "cache folder $dir" "$(cat "$tmp/err")"
    fi
done

# dyad dict check reads the text: its file:line messages stay.
printf 'actor RUS : Russia\nactr RUS : Moscow\n' > "$tmp/broken.dyad"
exits_with 1 "$tmp/broken.dyad:2: error: unknown entry kind" "$dyad" dict check "$tmp/broken.dyad"

# The real corpora, both dictionary sets, and the validation suites: the
# same bytes from the image as from the text.
corpus=$shared/text/wire-stories.jsonl
if [ -f "$corpus" ]; then
    for set in dict "$shared/dictionaries/phoenix"; do
        "$dyad" code --format tsv --dicts "$set" "$corpus" > "$tmp/a.tsv" 2>/dev/null
        "$dyad" code --format tsv --dicts "$set" "$corpus" > "$tmp/b.tsv" 2>/dev/null
        "$dyad" code --no-cache --format tsv --dicts "$set" "$corpus" > "$tmp/c.tsv" 2>/dev/null
        if [ -s "$tmp/c.tsv" ] && cmp -s "$tmp/a.tsv" "$tmp/c.tsv" && cmp -s "$tmp/b.tsv" "$tmp/c.tsv"; then
            ok "wire stories, --dicts $set: identical with the cache ($(wc -l < "$tmp/c.tsv") lines)"
        else
            bad "wire stories, --dicts $set: output differs with the cache"
        fi
    done
    for v in "validation/PETR.UnitTest.records.xml" "validation/PETR2_GSR_validation.xml" \
             "validation/PETR2_GSR_validation.xml --dicts dict" "dictionaries/tabari/Validate.text"; do
        set -- $v
        f=$shared/$1; shift
        "$dyad" validate "$@" "$f" > "$tmp/a.txt" 2>&1
        "$dyad" validate "$@" "$f" > "$tmp/b.txt" 2>&1
        "$dyad" validate --no-cache "$@" "$f" > "$tmp/c.txt" 2>&1
        if cmp -s "$tmp/a.txt" "$tmp/c.txt" && cmp -s "$tmp/b.txt" "$tmp/c.txt"; then
            ok "validate $v: identical with the cache ($(tail -n 1 "$tmp/c.txt"))"
        else
            bad "validate $v: output differs with the cache"
        fi
    done
else
    echo "skipped: $corpus absent (../shared not mounted)"
fi
finish
