/* cameo.c — the CAMEO event table (dict/cameo.tsv): name, root, quad class,
 * Goldstein weight and PLOVER event of every code.  Loaded with the
 * dictionaries so that output fields and `dyad dict check` agree. */
#include "dict/dict.h"
#include <stdlib.h>
#include <string.h>

const char *dict_data_dir(void)
{
    const char *env = getenv("DYAD_DICT");
    if (env && *env)
        return env;
#ifdef DYAD_DICT_DIR
    return DYAD_DICT_DIR;
#else
    return "dict";
#endif
}

static int parse_row(dyad_dicts *d, char *line, cameo_row *row)
{
    char *f[8];
    int n = 0;
    for (char *p = line; n < 8; n++) {
        f[n] = p;
        char *tab = strchr(p, '\t');
        if (!tab) {
            n++;
            break;
        }
        *tab = 0;
        p = tab + 1;
    }
    if (n < 8)
        return -1;
    f[7][strcspn(f[7], "\r\n")] = 0;
    row->info.code = arena_strdup(&d->mem, f[0]);
    row->info.root = atoi(f[1]);
    row->info.quad_class = atoi(f[2]);
    row->info.goldstein = strtod(f[3], NULL);
    row->info.plover = strcmp(f[4], "-") ? arena_strdup(&d->mem, f[4]) : NULL;
    row->info.name = arena_strdup(&d->mem, f[7]);
    return row->info.root >= 1 && row->info.root <= 20 && row->info.quad_class >= 1
        && row->info.quad_class <= 4 ? 0 : -1;
}

int dict_load_cameo(dyad_dicts *d, const char *path, char *err, size_t errlen)
{
    FILE *fp = fopen(path, "r");
    if (!fp) {
        snprintf(err, errlen, "%s: cannot open the CAMEO table", path);
        return -1;
    }
    char line[512];
    long no = 0;
    uint32_t cap = 0;
    while (fgets(line, sizeof line, fp)) {
        no++;
        if (line[0] == '#' || line[0] == '\n')
            continue;
        if (d->n_cameo >= cap) {
            cap = cap ? cap * 2 : 512;
            cameo_row *p = realloc(d->cameo, cap * sizeof *p);
            if (!p) abort();
            d->cameo = p;
        }
        if (parse_row(d, line, &d->cameo[d->n_cameo]) < 0) {
            snprintf(err, errlen, "%s:%ld: bad CAMEO row", path, no);
            fclose(fp);
            return -1;
        }
        const char *code = d->cameo[d->n_cameo].info.code;
        strmap_put(&d->cameo_index, code, strlen(code), d->n_cameo);
        d->n_cameo++;
    }
    fclose(fp);
    return 0;
}

const dyad_cameo_info *dyad_cameo_lookup(const dyad_dicts *d, const char *code)
{
    uint32_t i = strmap_get(&d->cameo_index, code, strlen(code));
    return i == UINT32_MAX ? NULL : &d->cameo[i].info;
}

size_t dyad_cameo_count(const dyad_dicts *d)
{
    return d->n_cameo;
}

const dyad_cameo_info *dyad_cameo_at(const dyad_dicts *d, size_t i)
{
    return i < d->n_cameo ? &d->cameo[i].info : NULL;
}
