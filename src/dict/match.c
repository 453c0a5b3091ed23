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

static void walk(const dyad_dicts *d, const token *t, uint32_t n, uint32_t i, uint32_t node,
                 int want, uint32_t *best, uint32_t *best_end)
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
        if (node_wanted(&d->nodes[next[j]], want) && (*best == NONE || i + 1 > *best_end)) {
            *best = next[j];
            *best_end = i + 1;
        }
        walk(d, t, n, i + 1, next[j], want, best, best_end);
    }
}

uint32_t dict_match(const dyad_dicts *d, const token *t, uint32_t n, uint32_t i, int want, uint32_t *end)
{
    uint32_t best = NONE, best_end = i;
    walk(d, t, n, i, 0, want, &best, &best_end);
    *end = best_end;
    return best;
}
