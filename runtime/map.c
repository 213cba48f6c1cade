// map.c: Go's hash maps (= rt/map.go, the generic entry points; gc's _fast32,
// _fast64 and _faststr variants are not separate entry points in mgc:
// hashkey and keyequal below take their shortcut).
//
// The design is Go's. A map is an hmap pointing to an array of 2^B buckets.
// A bucket holds 8 entries: first 8 tophash bytes (the top byte of each
// entry's hash, or a state below minTopHash), then the 8 keys, then the 8
// elements, then a pointer to an overflow bucket (the layout of the maptype's
// bucket type, codegen/typedata.c; keys and elements over 128 bytes are
// stored as pointers, "indirect"). The low B bits of a key's hash choose
// its bucket.
//
// When the average load passes 6.5 entries per bucket the map doubles, and
// when it has about as many overflow buckets as buckets it is rebuilt at the
// same size. Growth is incremental: the old array stays in oldbuckets, and
// each assignment or deletion first evacuates the old bucket it is about to
// use and one more, so no operation is ever O(n). An iterator copes with a
// map that grows under it by following Go's rules: each entry is produced at
// most once, and an entry deleted before the iterator reaches it is not
// produced.
//
// What differs from Go: buckets are always allocated as scanned memory (the
// Boehm collector then keeps overflow buckets alive through the pointers in
// their buckets, so Go's mapextra bookkeeping is not needed, and no overflow
// buckets are preallocated); there is no concurrent-write detection
// (mini-Go has no goroutines).
#include <string.h>

#include "type.h"

enum {
    bucketCntBits = 3,
    bucketCnt = 1 << bucketCntBits,     // entries per bucket
    loadFactorNum = 13,                 // grow beyond 13/2 = 6.5 entries per bucket
    loadFactorDen = 2,
    dataOffset = 8,                     // keys start after the tophash bytes

    // tophash values below minTopHash are cell states.
    emptyRest = 0,          // empty, and so is every later cell and overflow bucket
    emptyOne = 1,           // empty
    evacuatedX = 2,         // moved to the first half of the grown array
    evacuatedY = 3,         // moved to the second half (evacuatedX + 1)
    evacuatedEmpty = 4,     // empty, and the bucket has been evacuated
    minTopHash = 5,

    // hmap.flags
    iterator = 1,           // an iterator may be using buckets
    oldIterator = 2,        // an iterator may be using oldbuckets
    sameSizeGrow = 8,       // the growth in progress keeps B

    // maptype.flags
    indirectKey = 1, indirectElem = 2, reflexiveKey = 4, needKeyUpdate = 8, hashMightPanic = 16,
};

static const uintptr_t noCheck = ~(uintptr_t)0;

// hmap: keep in sync with codegen/map.c (count is the first word: len(m)).
typedef struct hmap {
    int64_t count;          // live entries
    uint8_t flags;
    uint8_t B;              // log2 of the number of buckets
    uint16_t noverflow;     // about how many overflow buckets there are
    uint32_t hash0;         // the hash seed
    uint8_t *buckets;       // 2^B buckets
    uint8_t *oldbuckets;    // the previous half-size array while growing, else NULL
    uintptr_t nevacuate;    // old buckets below this one are evacuated
    void *extra;            // Go's mapextra; always NULL in mgc
} hmap;

// hiter: the range loop's iterator, 12 words in the caller's frame. Keep in
// sync with codegen/map.c (key at 0, elem at 8, HITER_SIZE).
typedef struct hiter {
    void *key;              // the current key's address; NULL at the end
    void *elem;             // the current element's address
    const maptype *t;
    hmap *h;
    uint8_t *buckets;       // the bucket array when the iteration started
    uint8_t *bptr;          // the bucket being visited
    void *overflow;         // Go keeps overflow buckets alive here; unused
    void *oldoverflow;
    uintptr_t startBucket;  // where the iteration started (random)
    uint8_t offset;         // the cell each bucket is entered at (random)
    uint8_t wrapped;        // the walk went past the last bucket to bucket 0
    uint8_t B;
    uint8_t i;              // the next cell of bptr
    uintptr_t bucket;       // the next bucket to visit
    uintptr_t checkBucket;  // see mapiternext
} hiter;

_Static_assert(sizeof(hmap) == 48, "hmap is 48 bytes, as in Go");
_Static_assert(sizeof(hiter) == 96, "hiter is 12 words, as in Go");

// zeroVal is what m[k] reads for a missing key (= runtime.zeroVal).
enum { maxZero = 1024 };
static const uint8_t zeroVal[maxZero];

// ---- Buckets --------------------------------------------------------------------------------

static uintptr_t bucketShift(uint8_t b) { return (uintptr_t)1 << b; }
static uintptr_t bucketMask(uint8_t b) { return bucketShift(b) - 1; }

// tophash is the hash's top byte, moved above the cell states.
static uint8_t tophash(uintptr_t hash) {
    uint8_t top = (uint8_t)(hash >> 56);
    return top < minTopHash ? top + minTopHash : top;
}

static bool isEmpty(uint8_t x) { return x <= emptyOne; }

static uint8_t *bucket_at(const maptype *t, uint8_t *array, uintptr_t i) {
    return array + i * t->bucketsize;
}

static bool evacuated(const uint8_t *b) {
    return b[0] > emptyOne && b[0] < minTopHash;
}

static uint8_t **overflow_slot(const maptype *t, uint8_t *b) {
    return (uint8_t **)(b + t->bucketsize - 8);
}

static uint8_t *overflow(const maptype *t, uint8_t *b) { return *overflow_slot(t, b); }

// key_at and elem_at are the storage of cell i; key_of and elem_of follow
// an indirect key or element to the value.
static uint8_t *key_at(const maptype *t, uint8_t *b, uintptr_t i) {
    return b + dataOffset + i * t->keysize;
}

static uint8_t *elem_at(const maptype *t, uint8_t *b, uintptr_t i) {
    return b + dataOffset + bucketCnt * t->keysize + i * t->elemsize;
}

static void *key_of(const maptype *t, uint8_t *k) {
    return (t->flags & indirectKey) ? *(void **)k : k;
}

static void *elem_of(const maptype *t, uint8_t *e) {
    return (t->flags & indirectElem) ? *(void **)e : e;
}

// newarray allocates n zeroed buckets, always scanned (see the top).
static uint8_t *newarray(const maptype *t, uintptr_t n) {
    return mallocgc(t->bucket->size * n, NULL, 1);
}

// ---- Hashing and equality through the type's funcvals ----------------------------------------

// hashkey and keyequal call the key type's hasher and equal. The commonest
// keys, 8-byte words and strings, are hashed and compared here directly,
// not through their funcvals (the work gc's mapaccess1_fast64 and
// _faststr variants save): the same functions, with the same results.
uint64_t memhash64(const void *p, uint64_t h) __asm__("runtime.memhash64");
uint64_t strhash(const void *p, uint64_t h) __asm__("runtime.strhash");
GoBool memequal64(const void *p, const void *q) __asm__("runtime.memequal64");
GoBool strequal(const void *p, const void *q) __asm__("runtime.strequal");

static const void *code_of(const void *fv) { return *(const void *const *)fv; }

static uintptr_t hashkey(const maptype *t, const void *key, uintptr_t seed) {
    const void *code = code_of(t->hasher);
    if (code == (const void *)memhash64)
        return memhash64(key, seed);
    if (code == (const void *)strhash)
        return strhash(key, seed);
    return callfuncval(t->hasher, (uint64_t)key, seed);
}

static bool keyequal(const maptype *t, const void *a, const void *b) {
    const void *code = code_of(t->key->equal);
    if (code == (const void *)memequal64)
        return *(const uint64_t *)a == *(const uint64_t *)b;
    if (code == (const void *)strequal) {
        const GoString *x = a, *y = b;
        return x->len == y->len && (x->ptr == y->ptr || memcmp(x->ptr, y->ptr, (size_t)x->len) == 0);
    }
    return callfuncval(t->key->equal, (uint64_t)a, (uint64_t)b) & 1;
}

// ---- Sizes --------------------------------------------------------------------------------

// overLoadFactor: count entries in 2^B buckets are more than 6.5 per bucket.
static bool overLoadFactor(int64_t count, uint8_t B) {
    return count > bucketCnt && (uintptr_t)count > loadFactorNum * (bucketShift(B) / loadFactorDen);
}

// tooManyOverflowBuckets: about as many overflow buckets as buckets.
static bool tooManyOverflowBuckets(uint16_t noverflow, uint8_t B) {
    if (B > 15)
        B = 15;
    return noverflow >= (uint16_t)(1u << B);
}

static bool growing(const hmap *h) { return h->oldbuckets != NULL; }
static bool isSameSizeGrow(const hmap *h) { return h->flags & sameSizeGrow; }

static uintptr_t noldbuckets(const hmap *h) {
    return bucketShift(isSameSizeGrow(h) ? h->B : h->B - 1);
}

static uintptr_t oldbucketmask(const hmap *h) { return noldbuckets(h) - 1; }

// ---- Making maps ------------------------------------------------------------------------------

// = runtime.makemap: B is the smallest size that holds hint entries; a
// negative or absurd hint gives B = 0. The buckets of B = 0 come with the
// first assignment.
hmap *makemap(const maptype *t, int64_t hint, hmap *h) {
    if (hint < 0 || (uint64_t)hint > ((uint64_t)1 << 40) / t->bucket->size)
        hint = 0;
    if (h == NULL)
        h = mallocgc(sizeof(hmap), NULL, 1);
    h->hash0 = (uint32_t)fastrand();
    uint8_t B = 0;
    while (overLoadFactor(hint, B))
        B++;
    h->B = B;
    if (B != 0)
        h->buckets = newarray(t, bucketShift(B));
    return h;
}

// = runtime.makemap_small: make(map[K]V) and hints up to 8.
hmap *makemap_small(void) {
    hmap *h = mallocgc(sizeof(hmap), NULL, 1);
    h->hash0 = (uint32_t)fastrand();
    return h;
}

// ---- Lookups -------------------------------------------------------------------------------

// lookup finds key's cell: its bucket and index, or NULL (= the loop shared
// by mapaccess1, mapaccess2 and mapaccessK). h is not empty. While the map
// grows, a key whose old bucket is not evacuated yet is still there.
static uint8_t *lookup(const maptype *t, hmap *h, const void *key, uintptr_t *index) {
    uintptr_t hash = hashkey(t, key, h->hash0);
    uintptr_t m = bucketMask(h->B);
    uint8_t *b = bucket_at(t, h->buckets, hash & m);
    if (h->oldbuckets) {
        if (!isSameSizeGrow(h))
            m >>= 1;
        uint8_t *oldb = bucket_at(t, h->oldbuckets, hash & m);
        if (!evacuated(oldb))
            b = oldb;
    }
    uint8_t top = tophash(hash);
    for (; b != NULL; b = overflow(t, b)) {
        for (uintptr_t i = 0; i < bucketCnt; i++) {
            if (b[i] != top) {
                if (b[i] == emptyRest)
                    return NULL;
                continue;
            }
            if (keyequal(t, key, key_of(t, key_at(t, b, i)))) {
                *index = i;
                return b;
            }
        }
    }
    return NULL;
}

// empty_lookup handles a nil or empty map: an interface key's hash is still
// computed, for its panic on an unhashable dynamic type (Go issue 23734).
static bool empty_lookup(const maptype *t, hmap *h, const void *key) {
    if (h != NULL && h->count != 0)
        return false;
    if (t->flags & hashMightPanic)
        hashkey(t, key, 0);
    return true;
}

// = runtime.mapaccess1_fat: m[k], or zero when k is missing.
void *mapaccess1_fat(const maptype *t, hmap *h, const void *key, void *zero) {
    uintptr_t i;
    uint8_t *b = empty_lookup(t, h, key) ? NULL : lookup(t, h, key, &i);
    return b ? elem_of(t, elem_at(t, b, i)) : zero;
}

// = runtime.mapaccess1
void *mapaccess1(const maptype *t, hmap *h, const void *key) {
    return mapaccess1_fat(t, h, key, (void *)zeroVal);
}

// = runtime.mapaccess2_fat
MapAccess2 mapaccess2_fat(const maptype *t, hmap *h, const void *key, void *zero) {
    uintptr_t i;
    uint8_t *b = empty_lookup(t, h, key) ? NULL : lookup(t, h, key, &i);
    return b ? (MapAccess2){elem_of(t, elem_at(t, b, i)), 1} : (MapAccess2){zero, 0};
}

// = runtime.mapaccess2
MapAccess2 mapaccess2(const maptype *t, hmap *h, const void *key) {
    return mapaccess2_fat(t, h, key, (void *)zeroVal);
}

// mapaccessK finds key's key and element, for an iterator whose entry has
// moved (= runtime.mapaccessK); false if the key has been deleted.
static bool mapaccessK(const maptype *t, hmap *h, const void *key, void **k, void **e) {
    uintptr_t i;
    uint8_t *b = h->count == 0 ? NULL : lookup(t, h, key, &i);
    if (b == NULL)
        return false;
    *k = key_of(t, key_at(t, b, i));
    *e = elem_of(t, elem_at(t, b, i));
    return true;
}

// ---- Growing ---------------------------------------------------------------------------------

// incrnoverflow counts an overflow bucket: exactly while B < 16, then with
// probability 1/2^(B-15), so that noverflow stays comparable to 2^15.
static void incrnoverflow(hmap *h) {
    if (h->B < 16) {
        h->noverflow++;
        return;
    }
    uint32_t mask = (1u << (h->B - 15)) - 1;
    if ((fastrand() & mask) == 0)
        h->noverflow++;
}

// newoverflow chains a fresh overflow bucket after b.
static uint8_t *newoverflow(const maptype *t, hmap *h, uint8_t *b) {
    uint8_t *ovf = newarray(t, 1);
    incrnoverflow(h);
    *overflow_slot(t, b) = ovf;
    return ovf;
}

// hashGrow starts a growth: twice the buckets if the map is over its load
// factor, else the same number (too many overflow buckets after deletions).
// The entries move later, a bucket at a time (growWork).
static void hashGrow(const maptype *t, hmap *h) {
    uint8_t bigger = 1;
    if (!overLoadFactor(h->count + 1, h->B)) {
        bigger = 0;
        h->flags |= sameSizeGrow;
    }
    uint8_t flags = h->flags & ~(iterator | oldIterator);
    if (h->flags & iterator)
        flags |= oldIterator;
    h->oldbuckets = h->buckets;
    h->buckets = newarray(t, bucketShift(h->B + bigger));
    h->B += bigger;
    h->flags = flags;
    h->nevacuate = 0;
    h->noverflow = 0;
}

// evacDst is where evacuate is filling: bucket b, cell i.
typedef struct evacDst {
    uint8_t *b;
    uintptr_t i;
} evacDst;

// evacuate_to copies one entry into dst's next cell, chaining an overflow
// bucket when dst is full.
static void evacuate_to(const maptype *t, hmap *h, evacDst *dst, uint8_t top, uint8_t *k, uint8_t *e) {
    if (dst->i == bucketCnt) {
        dst->b = newoverflow(t, h, dst->b);
        dst->i = 0;
    }
    dst->b[dst->i] = top;
    memmove(key_at(t, dst->b, dst->i), k, t->keysize);    // a pointer if indirect
    memmove(elem_at(t, dst->b, dst->i), e, t->elemsize);
    dst->i++;
}

// evacuate_destination decides whether an old entry goes to the low (X) or
// high (Y) half of the doubled array: by its hash's new bit. A key that is
// not equal to itself (NaN) has no repeatable hash; while iterators may be
// running, the low bit of its old tophash decides (as the iterator did), and
// it gets a fresh random tophash.
static int evacuate_destination(const maptype *t, hmap *h, void *key, uint8_t *top) {
    if (isSameSizeGrow(h))
        return 0;
    uintptr_t hash = hashkey(t, key, h->hash0);
    if ((h->flags & iterator) && !(t->flags & reflexiveKey) && !keyequal(t, key, key)) {
        int useY = *top & 1;
        *top = tophash(hash);
        return useY;
    }
    return (hash & noldbuckets(h)) != 0;
}

// advanceEvacuationMark moves nevacuate past evacuated buckets and ends the
// growth when every old bucket is evacuated.
static void advanceEvacuationMark(const maptype *t, hmap *h, uintptr_t newbit) {
    h->nevacuate++;
    uintptr_t stop = h->nevacuate + 1024 < newbit ? h->nevacuate + 1024 : newbit;
    while (h->nevacuate != stop && evacuated(bucket_at(t, h->oldbuckets, h->nevacuate)))
        h->nevacuate++;
    if (h->nevacuate == newbit) {
        h->oldbuckets = NULL;
        h->flags &= ~sameSizeGrow;
    }
}

// evacuate moves the entries of old bucket oldbucket (and its overflow chain)
// into the new array, marking each old cell evacuatedX/Y/Empty so that
// iterators and lookups know where to look.
static void evacuate(const maptype *t, hmap *h, uintptr_t oldbucket) {
    uint8_t *b = bucket_at(t, h->oldbuckets, oldbucket);
    uintptr_t newbit = noldbuckets(h);
    if (!evacuated(b)) {
        evacDst xy[2] = {{bucket_at(t, h->buckets, oldbucket), 0}, {NULL, 0}};
        if (!isSameSizeGrow(h))
            xy[1].b = bucket_at(t, h->buckets, oldbucket + newbit);
        for (; b != NULL; b = overflow(t, b)) {
            for (uintptr_t i = 0; i < bucketCnt; i++) {
                uint8_t top = b[i];
                if (isEmpty(top)) {
                    b[i] = evacuatedEmpty;
                    continue;
                }
                if (top < minTopHash)
                    throw("bad map state");
                uint8_t *k = key_at(t, b, i);
                int useY = evacuate_destination(t, h, key_of(t, k), &top);
                b[i] = (uint8_t)(evacuatedX + useY);
                evacuate_to(t, h, &xy[useY], top, k, elem_at(t, b, i));
            }
        }
        // Without iterators on the old array, drop its keys and elements
        // (keeping the tophash states) so that they stop holding memory.
        if (!(h->flags & oldIterator) && t->bucket->ptrdata != 0) {
            uint8_t *ob = bucket_at(t, h->oldbuckets, oldbucket);
            memset(ob + dataOffset, 0, t->bucketsize - dataOffset);
        }
    }
    if (oldbucket == h->nevacuate)
        advanceEvacuationMark(t, h, newbit);
}

// growWork evacuates the old bucket that bucket comes from, and one more so
// that the growth always finishes.
static void growWork(const maptype *t, hmap *h, uintptr_t bucket) {
    evacuate(t, h, bucket & oldbucketmask(h));
    if (growing(h))
        evacuate(t, h, h->nevacuate);
}

// ---- Assignment -----------------------------------------------------------------------------

// Slot is a cell found or chosen for a key: its tophash byte and storage.
typedef struct Slot {
    uint8_t *top;
    uint8_t *k, *e;
} Slot;

// find_or_free looks for key in its bucket chain; if it is there, its cell is
// returned in found; otherwise free is the first empty cell (top NULL if
// none) and last the chain's last bucket.
static bool find_or_free(const maptype *t, uint8_t *b, const void *key, uint8_t top,
                         Slot *found, Slot *free, uint8_t **last) {
    *free = (Slot){0};
    for (;;) {
        for (uintptr_t i = 0; i < bucketCnt; i++) {
            if (b[i] != top) {
                if (isEmpty(b[i]) && free->top == NULL)
                    *free = (Slot){&b[i], key_at(t, b, i), elem_at(t, b, i)};
                if (b[i] == emptyRest) {
                    *last = NULL;
                    return false;
                }
                continue;
            }
            if (keyequal(t, key, key_of(t, key_at(t, b, i)))) {
                *found = (Slot){&b[i], key_at(t, b, i), elem_at(t, b, i)};
                return true;
            }
        }
        *last = b;
        if (overflow(t, b) == NULL)
            return false;
        b = overflow(t, b);
    }
}

// store_new_key puts key into the free cell (a new overflow bucket after
// last if there is none) and counts it.
static uint8_t *store_new_key(const maptype *t, hmap *h, Slot *free, uint8_t *last,
                              const void *key, uint8_t top) {
    if (free->top == NULL) {
        uint8_t *b = newoverflow(t, h, last);
        *free = (Slot){&b[0], key_at(t, b, 0), elem_at(t, b, 0)};
    }
    uint8_t *k = free->k;
    if (t->flags & indirectKey)
        k = *(void **)free->k = newobject(t->key);
    if (t->flags & indirectElem)
        *(void **)free->e = newobject(t->elem);
    memmove(k, key, t->key->size);
    *free->top = top;
    h->count++;
    return free->e;
}

// = runtime.mapassign: the element slot for key, which the caller stores to.
// A new key may first start a growth (and then looks again, since every
// position has changed). A key that is already there is overwritten when
// equal keys can differ (+0 and -0, strings: needKeyUpdate).
void *mapassign(const maptype *t, hmap *h, const void *key) {
    if (h == NULL)
        panicnilmap();
    uintptr_t hash = hashkey(t, key, h->hash0);
    if (h->buckets == NULL)
        h->buckets = newarray(t, 1);
    uint8_t top = tophash(hash);
    Slot found, free;
    uint8_t *last;
    for (;;) {
        uintptr_t bucket = hash & bucketMask(h->B);
        if (growing(h))
            growWork(t, h, bucket);
        uint8_t *b = bucket_at(t, h->buckets, bucket);
        if (find_or_free(t, b, key, top, &found, &free, &last)) {
            if (t->flags & needKeyUpdate)
                memmove(key_of(t, found.k), key, t->key->size);
            return elem_of(t, found.e);
        }
        if (!growing(h) && (overLoadFactor(h->count + 1, h->B) ||
                            tooManyOverflowBuckets(h->noverflow, h->B))) {
            hashGrow(t, h);
            continue;
        }
        return elem_of(t, store_new_key(t, h, &free, last, key, top));
    }
}

// ---- Deletion ------------------------------------------------------------------------------

// clear_cell empties cell i of b: its key and element are cleared so that
// they hold no memory, and its tophash becomes emptyOne.
static void clear_cell(const maptype *t, uint8_t *b, uintptr_t i) {
    uint8_t *k = key_at(t, b, i), *e = elem_at(t, b, i);
    if (t->flags & indirectKey)
        *(void **)k = NULL;
    else if (t->key->ptrdata != 0)
        memset(k, 0, t->key->size);
    if (t->flags & indirectElem)
        *(void **)e = NULL;
    else
        memset(e, 0, t->elem->size);
    b[i] = emptyOne;
}

// mark_empty_rest turns the run of emptyOne cells that now ends the chain
// (from cell i of b backwards) into emptyRest, so lookups stop early.
static void mark_empty_rest(const maptype *t, uint8_t *bOrig, uint8_t *b, uintptr_t i) {
    if (i == bucketCnt - 1) {
        if (overflow(t, b) != NULL && overflow(t, b)[0] != emptyRest)
            return;
    } else if (b[i + 1] != emptyRest) {
        return;
    }
    for (;;) {
        b[i] = emptyRest;
        if (i == 0) {
            if (b == bOrig)
                return;
            uint8_t *c = b;
            for (b = bOrig; overflow(t, b) != c; b = overflow(t, b)) {
            }
            i = bucketCnt - 1;
        } else {
            i--;
        }
        if (b[i] != emptyOne)
            return;
    }
}

// = runtime.mapdelete
void mapdelete(const maptype *t, hmap *h, const void *key) {
    if (empty_lookup(t, h, key))
        return;
    uintptr_t hash = hashkey(t, key, h->hash0);
    uintptr_t bucket = hash & bucketMask(h->B);
    if (growing(h))
        growWork(t, h, bucket);
    uint8_t *bOrig = bucket_at(t, h->buckets, bucket);
    uint8_t top = tophash(hash);
    for (uint8_t *b = bOrig; b != NULL; b = overflow(t, b)) {
        for (uintptr_t i = 0; i < bucketCnt; i++) {
            if (b[i] != top) {
                if (b[i] == emptyRest)
                    return;
                continue;
            }
            if (!keyequal(t, key, key_of(t, key_at(t, b, i))))
                continue;
            clear_cell(t, b, i);
            mark_empty_rest(t, bOrig, b, i);
            if (--h->count == 0)
                h->hash0 = (uint32_t)fastrand();   // a fresh seed for an empty map
            return;
        }
    }
}

// ---- Iteration ------------------------------------------------------------------------------

// = runtime.mapiterinit: the walk starts at a random bucket and a random
// cell offset, so programs cannot depend on the order.
void mapiterinit(const maptype *t, hmap *h, hiter *it) {
    memset(it, 0, sizeof *it);
    it->t = t;
    if (h == NULL || h->count == 0)
        return;
    it->h = h;
    it->B = h->B;
    it->buckets = h->buckets;
    uintptr_t r = (uintptr_t)fastrand();
    it->startBucket = r & bucketMask(h->B);
    it->offset = (uint8_t)(r >> h->B & (bucketCnt - 1));
    it->bucket = it->startBucket;
    h->flags |= iterator | oldIterator;
    mapiternext(it);
}

// next_bucket picks the next bucket to walk. If the map is growing and was
// already growing when the iteration started (same B), a bucket whose old
// bucket is not evacuated yet is walked in the old array instead, and
// checkBucket says which new bucket's entries to take from it.
static uint8_t *next_bucket(hiter *it, uintptr_t *checkBucket) {
    hmap *h = it->h;
    const maptype *t = it->t;
    uintptr_t bucket = it->bucket;
    uint8_t *b = bucket_at(t, it->buckets, bucket);
    *checkBucket = noCheck;
    if (growing(h) && it->B == h->B) {
        uint8_t *oldb = bucket_at(t, h->oldbuckets, bucket & oldbucketmask(h));
        if (!evacuated(oldb)) {
            b = oldb;
            *checkBucket = bucket;
        }
    }
    if (++it->bucket == bucketShift(it->B)) {
        it->bucket = 0;
        it->wrapped = 1;
    }
    return b;
}

// belongs_elsewhere: walking an unevacuated old bucket for new bucket
// checkBucket, the entry will move to the other half of the doubled array,
// where the iteration finds it (or has found it) on its own.
static bool belongs_elsewhere(hiter *it, uint8_t *b, uintptr_t cell, void *k, uintptr_t checkBucket) {
    const maptype *t = it->t;
    if (checkBucket == noCheck || isSameSizeGrow(it->h))
        return false;
    if ((t->flags & reflexiveKey) || keyequal(t, k, k))
        return (hashkey(t, k, it->h->hash0) & bucketMask(it->B)) != checkBucket;
    return (checkBucket >> (it->B - 1)) != (uintptr_t)(b[cell] & 1);   // NaN: as evacuate decides
}

// produce makes cell of b the iterator's current entry; false if it has
// been deleted since it was evacuated. An entry marked evacuated has its
// current version in the new array (it may have been updated or deleted);
// a key not equal to itself can be neither, so it is taken as it is.
static bool produce(hiter *it, uint8_t *b, uintptr_t cell, void *k) {
    const maptype *t = it->t;
    uint8_t top = b[cell];
    if ((top != evacuatedX && top != evacuatedY) ||
        !((t->flags & reflexiveKey) || keyequal(t, k, k))) {
        it->key = k;
        it->elem = elem_of(t, elem_at(t, b, cell));
        return true;
    }
    return mapaccessK(t, it->h, k, &it->key, &it->elem);
}

// = runtime.mapiternext: advances to the next entry, or sets key to NULL at
// the end. Cells are visited from the iteration's offset, wrapping.
void mapiternext(hiter *it) {
    const maptype *t = it->t;
    uint8_t *b = it->bptr;
    uintptr_t i = it->i;
    uintptr_t checkBucket = it->checkBucket;
    for (;;) {
        if (b == NULL) {
            if (it->h == NULL || (it->bucket == it->startBucket && it->wrapped)) {
                it->key = it->elem = NULL;
                return;
            }
            b = next_bucket(it, &checkBucket);
            i = 0;
        }
        for (; i < bucketCnt; i++) {
            uintptr_t cell = (i + it->offset) & (bucketCnt - 1);
            if (isEmpty(b[cell]) || b[cell] == evacuatedEmpty)
                continue;
            void *k = key_of(t, key_at(t, b, cell));
            if (belongs_elsewhere(it, b, cell, k, checkBucket) || !produce(it, b, cell, k))
                continue;
            it->bptr = b;
            it->i = (uint8_t)(i + 1);
            it->checkBucket = checkBucket;
            return;
        }
        b = overflow(t, b);
        i = 0;
    }
}
