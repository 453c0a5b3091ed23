/* match.c — longest-phrase matching of the trie against tokens.
 *
 * A token can follow up to four edges: its exact word, and each dictionary
 * stem that is a prefix of it (TABARI's "ARGENTIN" matches ARGENTINA and
 * ARGENTINE).  The walk is a depth-first search over those edges, keeping
 * the deepest node that carries what the caller wants. */
#include "dict/dict.h"
#include "tokens/tokens.h"

static int node_wanted(const trie_node *nd, int want)
{
    return ((want & WANT_ACTOR) && nd->actor != NONE) || ((want & WANT_AGENT) && nd->agent != NONE)
        || ((want & WANT_VERB) && nd->verb != NONE) || ((want & WANT_DISCARD) && nd->discard != NONE);
}

/* The deepest wanted node found so far, for each of two wants (a want of
 * 0 finds nothing). */
typedef struct walk_best {
    int want[2];
    uint32_t node[2], end[2];
} walk_best;

static void walk(const dyad_dicts *d, const token *t, uint32_t n, uint32_t i, uint32_t node, walk_best *b)
{
    if (i >= n)
        return;
    const token *tk = &t[i];
    uint32_t next[5];
    int k = 0;
    if (tk->id) {
        next[k++] = dict_trie_step(d, node, tk->id, MATCH_EXACT);
        next[k++] = dict_trie_step(d, node, tk->id, MATCH_PREFIX);
    }
    for (int s = 0; s < tk->n_stem; s++)
        next[k++] = dict_trie_step(d, node, tk->stem[s], MATCH_PREFIX);
    for (int j = 0; j < k; j++) {
        if (next[j] == NONE)
            continue;
        /* Deeper wins; on a tie the exact edge (tried first) wins. */
        for (int w = 0; w < 2; w++)
            if (node_wanted(&d->nodes[next[j]], b->want[w]) && (b->node[w] == NONE || i + 1 > b->end[w])) {
                b->node[w] = next[j];
                b->end[w] = i + 1;
            }
        walk(d, t, n, i + 1, next[j], b);
    }
}

uint32_t dict_match(const dyad_dicts *d, const token *t, uint32_t n, uint32_t i, int want, uint32_t *end)
{
    walk_best b = {{want, 0}, {NONE, NONE}, {i, i}};
    walk(d, t, n, i, 0, &b);
    *end = b.end[0];
    return b.node[0];
}

void dict_match_two(const dyad_dicts *d, const token *t, uint32_t n, uint32_t i, const int want[2],
                    uint32_t node[2], uint32_t end[2])
{
    walk_best b = {{want[0], want[1]}, {NONE, NONE}, {i, i}};
    walk(d, t, n, i, 0, &b);
    for (int w = 0; w < 2; w++) {
        node[w] = b.node[w];
        end[w] = b.end[w];
    }
}

int dict_discard_at(const dyad_dicts *d, uint32_t node, const token *t, uint32_t n, uint32_t i, uint32_t end)
{
    uint32_t kind = d->nodes[node].discard;
    if (kind != DISCARD_BETWEEN_BLANKS)
        return kind != NONE;
    return (i == 0 || t[i - 1].end < t[i].begin) && (end >= n || t[end].begin > t[end - 1].end);
}
