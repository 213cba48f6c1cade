// fmtsort.c: the order in which fmt prints a map's entries (=
// internal/fmtsort), so that map[b:1 a:2] always prints as map[a:2 b:1].
#include <math.h>
#include <string.h>

#include "fmt.h"

// The iterator of a range loop over a map (runtime/map.c's hiter): the
// current key's and element's addresses come first.
typedef struct hiter_view {
    const void *key;
    const void *elem;
    uint64_t rest[10];
} hiter_view;

static int cmp3(bool less, bool greater) { return less ? -1 : greater ? 1 : 0; }

static int compare(const _type *t, const void *a, const void *b);

// compare_interface: nil first, then by dynamic type (its descriptor's
// address, as fmtsort compares reflect.Type values), then by value.
static int compare_interface(const _type *t, const eface *a, const eface *b) {
    const _type *ta = a->_type, *tb = b->_type;
    if (ta && ((const interfacetype *)t)->mhdr.len > 0) {
        ta = ((const itab *)(const void *)a->_type)->_type;
    }
    if (tb && ((const interfacetype *)t)->mhdr.len > 0)
        tb = ((const itab *)(const void *)b->_type)->_type;
    if (!ta || !tb)
        return cmp3(!ta && tb, ta && !tb);
    if (ta != tb)
        return cmp3((uintptr_t)ta < (uintptr_t)tb, (uintptr_t)ta > (uintptr_t)tb);
    const void *pa = isDirectIface(ta) ? (const void *)&a->data : a->data;
    const void *pb = isDirectIface(tb) ? (const void *)&b->data : b->data;
    return compare(ta, pa, pb);
}

static int compare_float(double a, double b) {
    if (isnan(a) || isnan(b))
        return cmp3(isnan(a) && !isnan(b), !isnan(a) && isnan(b));
    return cmp3(a < b, a > b);
}

static int compare(const _type *t, const void *a, const void *b) {
    switch (t->kind & kindMask) {
    case kindInt8: return cmp3(*(const int8_t *)a < *(const int8_t *)b, *(const int8_t *)a > *(const int8_t *)b);
    case kindInt16: return cmp3(*(const int16_t *)a < *(const int16_t *)b, *(const int16_t *)a > *(const int16_t *)b);
    case kindInt32: return cmp3(*(const int32_t *)a < *(const int32_t *)b, *(const int32_t *)a > *(const int32_t *)b);
    case kindInt: case kindInt64:
        return cmp3(*(const int64_t *)a < *(const int64_t *)b, *(const int64_t *)a > *(const int64_t *)b);
    case kindBool: case kindUint8:
        return cmp3(*(const uint8_t *)a < *(const uint8_t *)b, *(const uint8_t *)a > *(const uint8_t *)b);
    case kindUint16: return cmp3(*(const uint16_t *)a < *(const uint16_t *)b, *(const uint16_t *)a > *(const uint16_t *)b);
    case kindUint32: return cmp3(*(const uint32_t *)a < *(const uint32_t *)b, *(const uint32_t *)a > *(const uint32_t *)b);
    case kindFloat32: return compare_float(*(const float *)a, *(const float *)b);
    case kindFloat64: return compare_float(*(const double *)a, *(const double *)b);
    case kindString: {
        GoString x = *(const GoString *)a, y = *(const GoString *)b;
        int c = memcmp(x.ptr, y.ptr, (size_t)(x.len < y.len ? x.len : y.len));
        return c ? cmp3(c < 0, c > 0) : cmp3(x.len < y.len, x.len > y.len);
    }
    case kindStruct: {
        const structtype *st = (const structtype *)t;
        for (int64_t i = 0; i < st->fields.len; i++) {
            const structfield *f = &st->fields.ptr[i];
            int c = compare(f->typ, (const uint8_t *)a + f->offset, (const uint8_t *)b + f->offset);
            if (c)
                return c;
        }
        return 0;
    }
    case kindArray: {
        const arraytype *at = (const arraytype *)t;
        for (uint64_t i = 0; i < at->len; i++) {
            int c = compare(at->elem, (const uint8_t *)a + i * at->elem->size,
                            (const uint8_t *)b + i * at->elem->size);
            if (c)
                return c;
        }
        return 0;
    }
    case kindInterface: return compare_interface(t, a, b);
    default:   // uint, uint64, uintptr, pointers, chans
        return cmp3(*(const uint64_t *)a < *(const uint64_t *)b, *(const uint64_t *)a > *(const uint64_t *)b);
    }
}

MapEntry *sorted_entries(const maptype *t, void *h, int64_t *n) {
    *n = 0;
    if (h == NULL)
        return NULL;
    int64_t cap = 8;
    MapEntry *es = mallocgc(sizeof(MapEntry) * (uint64_t)cap, NULL, true);
    hiter_view it;
    memset(&it, 0, sizeof it);
    for (mapiterinit(t, h, (struct hiter *)&it); it.key != NULL; mapiternext((struct hiter *)&it)) {
        if (*n == cap) {
            MapEntry *bigger = mallocgc(sizeof(MapEntry) * (uint64_t)cap * 2, NULL, true);
            memcpy(bigger, es, sizeof(MapEntry) * (size_t)cap);
            es = bigger, cap *= 2;
        }
        es[(*n)++] = (MapEntry){it.key, it.elem};
    }
    for (int64_t i = 1; i < *n; i++)   // insertion sort: stable, as fmtsort's sort.Stable
        for (int64_t j = i; j > 0 && compare(t->key, es[j].key, es[j - 1].key) < 0; j--) {
            MapEntry x = es[j];
            es[j] = es[j - 1], es[j - 1] = x;
        }
    return es;
}
