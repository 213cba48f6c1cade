// typedata.c: type descriptors, laid out as go1.19's (GO119-INTERNALS.md §1,
// cmd/compile/internal/reflectdata/reflect.go writeType). Keep in sync with
// runtime/type.h, which reads them.
//
// type.<T> is read-only data:
//
//   +0   _type (48 bytes)   size, ptrdata, hash, tflag, align, fieldAlign, kind,
//                           equal (funcval, alg.c), gcdata (runtime.gcbits.XX),
//                           str (name of "*T"), ptrToThis (type.*T or 0)
//   +48  kind-specific      ptrtype/slicetype {elem}, arraytype {elem, slice, len},
//                           functype {inCount, outCount}, structtype {pkgPath,
//                           fields}, interfacetype {pkgpath, mhdr}, maptype {key,
//                           elem, bucket, hasher, sizes, flags}
//   +..  uncommontype       named types and types with methods: {pkgpath, mcount,
//                           xcount, moff}
//   +..  trailing arrays    func in/out types, struct fields, interface imethods
//   +..  [mcount]method     {name, mtyp, ifn, tfn}, sorted
//
// mgc links -no-pie, so the 4-byte nameOff/typeOff/textOff fields hold
// absolute addresses (`dd sym`) instead of offsets from the module's types or
// text section (docs/LOWERING.md, "Type descriptors").
#include "lower.h"

#include <string.h>

typedef struct WeakRef {
    IrData *d;          // a descriptor whose ptrToThis is weak
    const char *target; // the *T descriptor it names if that gets emitted
} WeakRef;

typedef struct TypeData {
    Vec weak;           // WeakRef*
    int unique_names;   // type..namedata."".N counter
} TypeData;

enum {
    KIND_DIRECT_IFACE = 1 << 5, KIND_GC_PROG = 1 << 6,
    TFLAG_UNCOMMON = 1, TFLAG_EXTRA_STAR = 2, TFLAG_NAMED = 4, TFLAG_REGULAR_MEMORY = 8,
    COMMON_SIZE = 48, UNCOMMON_SIZE = 16, METHOD_SIZE = 16, IMETHOD_SIZE = 8,
    STRUCTFIELD_SIZE = 24, MAX_KEY_SIZE = 128, MAX_ELEM_SIZE = 128, BUCKET_SIZE = 8,
};

// ---- Small helpers ---------------------------------------------------------------------


static void put(IrData *d, int off, uint64_t v, int width) {
    for (int i = 0; i < width; i++)
        d->bytes[off + i] = (uint8_t)(v >> (8 * i));
}

static IrData *new_rodata(Gen *g, const char *name, int size, int align) {
    IrData *d = ir_new_data(g->m, name, size, align, true);
    d->bytes = arena_alloc((size_t)size + 1);
    return d;
}

static Type *unsafe_pointer_type(void) {
    static Type t = {.kind = TY_UNSAFE_POINTER, .size = 8, .align = 8};
    return &t;
}

// is_named: the type has a name (gc's t.Sym() != nil): defined types, the
// predeclared basic types, error, unsafe.Pointer.
static bool is_named(Type *t) {
    return t->kind == TY_NAMED || is_basic_kind(t->kind) || t->kind == TY_UNSAFE_POINTER;
}

// type_pkg is the package a type's methods belong to (= reflectdata.typePkg):
// "main" for types declared in the program and unnamed pointers, slices and
// arrays of them; NULL for predeclared types and other unnamed ones.
static const char *type_pkg(Type *t) {
    if (!is_named(t) && (t->kind == TY_POINTER || t->kind == TY_SLICE || t->kind == TY_ARRAY))
        t = t->elem;
    if (t->kind == TY_UNSAFE_POINTER)
        return "unsafe";
    return t->kind == TY_NAMED && t != ty_error ? object_pkg(t->obj) : NULL;
}

// is_direct_iface: an interface holds the value itself, not a pointer to it
// (= types.IsDirectIface).
bool is_direct_iface(Type *t) {
    Type *u = underlying(t);
    switch (u->kind) {
    case TY_POINTER: case TY_MAP: case TY_FUNC: case TY_CHAN: case TY_UNSAFE_POINTER: return true;
    case TY_ARRAY: return u->len == 1 && is_direct_iface(u->elem);
    case TY_STRUCT:
        return u->fields.len == 1 && is_direct_iface(((Field *)VEC_AT(&u->fields, 0))->type);
    default: return false;
    }
}

// ---- Names (GO119-INTERNALS.md §1.6) -------------------------------------------------------

// importpath_symbol emits type..importpath.<pkg>. = the name `pkg`.
static const char *importpath_symbol(Gen *g, const char *pkg) {
    const char *sym = arena_printf("type..importpath.%s.", pkg);
    if (!ir_find_data(g->m, sym)) {
        size_t n = strlen(pkg);
        IrData *d = new_rodata(g, sym, (int)n + 2, 1);
        d->bytes[1] = (uint8_t)n;
        memcpy(d->bytes + 2, pkg, n);
    }
    return sym;
}

static int put_uvarint(uint8_t *p, uint64_t v) {
    int n = 0;
    for (; v >= 0x80; v >>= 7)
        p[n++] = (uint8_t)(v | 0x80);
    p[n++] = (uint8_t)v;
    return n;
}

// name_symbol emits a name (= reflectdata.dname): flags byte, uvarint length,
// bytes, [uvarint tag length, tag], [4-byte nameOff of pkg].
//     type..namedata.Area.   = 01 04 "Area"      (exported)
//     type..namedata.a-      = 00 01 "a"
static const char *name_symbol(Gen *g, const char *name, const char *tag, const char *pkg,
                               bool exported, bool embedded) {
    tag = tag ? tag : "";
    const char *sym = pkg ? arena_printf("type..namedata.\"\".%d", g->shared->typedata->unique_names++)
                          : arena_printf("type..namedata.%s%s%s", name, exported ? "." : "-", tag);
    if (embedded)
        sym = arena_printf("%s.embedded", sym);
    if (ir_find_data(g->m, sym))
        return sym;
    uint8_t buf[2 * 10];
    size_t nlen = strlen(name), tlen = strlen(tag);
    int a = put_uvarint(buf, nlen), b = tlen ? put_uvarint(buf + 10, tlen) : 0;
    int size = 1 + a + (int)nlen + (tlen ? b + (int)tlen : 0) + (pkg ? 4 : 0);
    IrData *d = new_rodata(g, sym, size, 1);
    d->bytes[0] = (uint8_t)((exported ? 1 : 0) | (tlen ? 2 : 0) | (pkg ? 4 : 0) | (embedded ? 8 : 0));
    int off = 1;
    memcpy(d->bytes + off, buf, (size_t)a);
    memcpy(d->bytes + (off += a), name, nlen);
    off += (int)nlen;
    if (tlen) {
        memcpy(d->bytes + off, buf + 10, (size_t)b);
        memcpy(d->bytes + (off += b), tag, tlen);
        off += (int)tlen;
    }
    if (pkg)
        ir_data_reloc32(d, off, importpath_symbol(g, pkg), 0);
    return sym;
}

// ---- GC pointer masks --------------------------------------------------------------------

// ptrdata is the length of the prefix of a value that holds pointers (=
// types.PtrDataSize).
int64_t ptrdata(Type *t) {
    Type *u = underlying(t);
    switch (u->kind) {
    case TY_POINTER: case TY_MAP: case TY_FUNC: case TY_CHAN: case TY_UNSAFE_POINTER:
    case TY_STRING: case TY_SLICE:
        return 8;
    case TY_INTERFACE: return 16;
    case TY_ARRAY: {
        int64_t e = ptrdata(u->elem);
        return u->len == 0 || e == 0 ? 0 : (u->len - 1) * u->elem->size + e;
    }
    case TY_STRUCT:
        for (int i = u->fields.len - 1; i >= 0; i--) {
            Field *f = VEC_AT(&u->fields, i);
            int64_t e = ptrdata(f->type);
            if (e)
                return f->offset + e;
        }
        return 0;
    default: return 0;
    }
}

// fill_ptrmask sets the bit of each pointer word of a t at byte offset off (=
// typebits.Set): an interface's first word is not a pointer for the GC.
static void fill_ptrmask(Type *t, int64_t off, uint8_t *mask) {
    Type *u = underlying(t);
    int64_t w = off / 8;
    switch (u->kind) {
    case TY_POINTER: case TY_MAP: case TY_FUNC: case TY_CHAN: case TY_UNSAFE_POINTER:
    case TY_STRING: case TY_SLICE:
        mask[w / 8] |= (uint8_t)(1 << (w % 8));
        return;
    case TY_INTERFACE:
        mask[(w + 1) / 8] |= (uint8_t)(1 << ((w + 1) % 8));
        return;
    case TY_ARRAY:
        for (int64_t i = 0; ptrdata(u->elem) && i < u->len; i++)
            fill_ptrmask(u->elem, off + i * u->elem->size, mask);
        return;
    case TY_STRUCT:
        for (int i = 0; i < u->fields.len; i++) {
            Field *f = VEC_AT(&u->fields, i);
            fill_ptrmask(f->type, off + f->offset, mask);
        }
        return;
    default: return;
    }
}

// gcbits_symbol emits runtime.gcbits.<hex of the mask> (one bit per word of
// the pointer prefix; = reflectdata.dgcptrmask).
static const char *gcbits_symbol(Gen *g, Type *t) {
    int64_t n = (ptrdata(t) / 8 + 7) / 8;
    uint8_t *mask = arena_alloc((size_t)n + 1);
    fill_ptrmask(t, 0, mask);
    Buf name = {0};
    buf_puts(&name, "runtime.gcbits.");
    for (int64_t i = 0; i < n; i++)
        buf_printf(&name, "%02x", mask[i]);
    const char *sym = buf_cstr(&name);
    if (!ir_find_data(g->m, sym))
        memcpy(new_rodata(g, sym, (int)n, 1)->bytes, mask, (size_t)n);
    return sym;
}

// ---- Methods -----------------------------------------------------------------------------

// method_func is gc's symbol for method m of receiver type recv (=
// ir.MethodSym): main.T.M, main.(*T).M.
static const char *method_func(Type *recv, const char *m) {
    Type *named = recv->kind == TY_POINTER ? recv->elem : recv;
    if (named->kind == TY_NAMED) {
        const char *pkg = object_pkg(named->obj);
        const char *name = type_name_string(named) + strlen(package_name(pkg)) + 1;  // T of p.T
        return arena_printf(recv->kind == TY_POINTER ? "%s.(*%s).%s" : "%s.%s.%s", pkg, name, m);
    }
    // An unnamed struct with promoted methods: gc puts these in package "go".
    return arena_printf(recv->kind == TY_POINTER ? "go.(%s).%s" : "go.%s.%s",
                        type_name_string(recv), m);
}

static Vec methods_of(Type *t) {
    if (t->noalg || t->kind == TY_UNSAFE_POINTER || is_basic_kind(t->kind))
        return (Vec){0};
    return method_set(t);
}

// method_ifn_symbol is the code an itab of t calls for the method sel (its
// ifn): (*T).M unless T is pointer-shaped (itab.c; GO119-INTERNALS.md §2.2).
const char *method_ifn_symbol(Gen *g, Type *t, Selection *sel) {
    Type *itab_recv = is_direct_iface(t) ? t : new_pointer(t);
    return want_method(g, itab_recv, sel, method_func(itab_recv, sel->method->name));
}

// put_methods writes [mcount]method at off (= reflectdata.dextratypeData):
// ifn is what itabs call with the data word as receiver: (*T).M unless T is
// pointer-shaped; tfn is T.M.
static void put_methods(Gen *g, IrData *d, int off, Type *t, Vec *ms) {
    for (int i = 0; i < ms->len; i++, off += METHOD_SIZE) {
        Method *m = ((Selection *)VEC_AT(ms, i))->method;
        bool exported = is_exported_name(m->name);
        const char *pkg = !exported && !type_pkg(t) ? "main" : NULL;
        ir_data_reloc32(d, off, name_symbol(g, m->name, NULL, pkg, exported, false), 0);
        ir_data_reloc32(d, off + 4, typedata_symbol(g, m->type), 0);
        Selection *sel = VEC_AT(ms, i);
        ir_data_reloc32(d, off + 8, method_ifn_symbol(g, t, sel), 0);
        ir_data_reloc32(d, off + 12, want_method(g, t, sel, method_func(t, m->name)), 0);
    }
}

// put_uncommon writes the uncommontype at off; data_add is the size of the
// trailing array between it and the methods (= reflectdata.dextratype).
static void put_uncommon(Gen *g, IrData *d, int off, Type *t, Vec *ms, int data_add) {
    const char *pkg = type_pkg(t);
    if (pkg)
        ir_data_reloc32(d, off, importpath_symbol(g, pkg), 0);
    int xcount = 0;
    while (xcount < ms->len && is_exported_name(((Selection *)VEC_AT(ms, xcount))->method->name))
        xcount++;
    put(d, off + 4, (uint64_t)ms->len, 2);
    put(d, off + 6, (uint64_t)xcount, 2);
    put(d, off + 8, (uint64_t)(UNCOMMON_SIZE + data_add), 4);
}

// ---- Maps ------------------------------------------------------------------------------

static Field *new_field(const char *name, Type *t, int64_t offset) {
    Field *f = NEW(Field);
    f->name = name;
    f->type = t;
    f->offset = offset;
    return f;
}

static Type *noalg_array(Type *elem) {
    Type *a = new_array(elem, BUCKET_SIZE);
    a->noalg = true;
    return a;
}

// map_bucket_type is the bucket struct of map type m (= reflectdata.MapBucketType):
//     struct { topbits [8]uint8; keys [8]K; elems [8]V; overflow unsafe.Pointer }
// keys and values larger than 128 bytes are stored behind pointers; overflow
// is a uintptr when neither holds pointers.
static Type *map_bucket_type(Type *m) {
    Type *k = m->key, *v = m->elem;
    if (k->size > MAX_KEY_SIZE)
        k = new_pointer(k);
    if (v->size > MAX_ELEM_SIZE)
        v = new_pointer(v);
    Type *b = NEW(Type);
    b->kind = TY_STRUCT;
    b->align = 8;
    b->noalg = true;
    b->map_of = m;
    int64_t elems = 8 + BUCKET_SIZE * k->size;
    elems = (elems + v->align - 1) / v->align * v->align;
    int64_t overflow = (elems + BUCKET_SIZE * v->size + 7) / 8 * 8;
    Type *otyp = ptrdata(k) || ptrdata(v) ? unsafe_pointer_type() : ty_uintptr;
    vec_push(&b->fields, new_field("topbits", new_array(ty_uint8, BUCKET_SIZE), 0));
    vec_push(&b->fields, new_field("keys", noalg_array(k), 8));
    vec_push(&b->fields, new_field("elems", noalg_array(v), elems));
    vec_push(&b->fields, new_field("overflow", otyp, overflow));
    b->size = overflow + 8;
    return b;
}

// is_reflexive: k == k for every key k (= types.IsReflexive; floats have NaN,
// interfaces may hold one).
static bool is_reflexive(Type *t) {
    Type *u = underlying(t);
    switch (u->kind) {
    case TY_FLOAT32: case TY_FLOAT64: case TY_INTERFACE: return false;
    case TY_ARRAY: return is_reflexive(u->elem);
    case TY_STRUCT:
        for (int i = 0; i < u->fields.len; i++)
            if (!is_reflexive(((Field *)VEC_AT(&u->fields, i))->type))
                return false;
        return true;
    default: return true;
    }
}

// need_key_update: overwriting an equal key must store the new one (+0/-0,
// strings with another backing array) (= reflectdata.needkeyupdate).
static bool need_key_update(Type *t) {
    Type *u = underlying(t);
    switch (u->kind) {
    case TY_FLOAT32: case TY_FLOAT64: case TY_INTERFACE: case TY_STRING: return true;
    case TY_ARRAY: return need_key_update(u->elem);
    case TY_STRUCT:
        for (int i = 0; i < u->fields.len; i++)
            if (need_key_update(((Field *)VEC_AT(&u->fields, i))->type))
                return true;
        return false;
    default: return false;
    }
}

static bool hash_might_panic(Type *t) {
    Type *u = underlying(t);
    switch (u->kind) {
    case TY_INTERFACE: return true;
    case TY_ARRAY: return hash_might_panic(u->elem);
    case TY_STRUCT:
        for (int i = 0; i < u->fields.len; i++)
            if (hash_might_panic(((Field *)VEC_AT(&u->fields, i))->type))
                return true;
        return false;
    default: return false;
    }
}

// put_map writes maptype's fields after _type: key, elem, bucket, hasher,
// keysize, elemsize, bucketsize, flags (1 indirect key, 2 indirect elem,
// 4 reflexive key, 8 need key update, 16 hash might panic).
static void put_map(Gen *g, IrData *d, Type *m) {
    Type *bucket = map_bucket_type(m);
    ir_data_reloc(d, 48, typedata_symbol(g, m->key), 0);
    ir_data_reloc(d, 56, typedata_symbol(g, m->elem), 0);
    ir_data_reloc(d, 64, typedata_symbol(g, bucket), 0);
    ir_data_reloc(d, 72, alg_hash_closure(g, m->key), 0);
    bool ik = m->key->size > MAX_KEY_SIZE, ie = m->elem->size > MAX_ELEM_SIZE;
    put(d, 80, ik ? 8 : (uint64_t)m->key->size, 1);
    put(d, 81, ie ? 8 : (uint64_t)m->elem->size, 1);
    put(d, 82, (uint64_t)bucket->size, 2);
    uint32_t flags = (ik ? 1 : 0) | (ie ? 2 : 0) | (is_reflexive(m->key) ? 4 : 0) |
                     (need_key_update(m->key) ? 8 : 0) | (hash_might_panic(m->key) ? 16 : 0);
    put(d, 84, flags, 4);
}

// ---- The kind-specific parts -------------------------------------------------------------

// Layout: where a descriptor's parts go.
typedef struct Layout {
    int kind_size;      // _type plus the kind-specific struct (= the uncommon offset)
    int uncommon;       // UNCOMMON_SIZE or 0
    int trailing;       // bytes of the func/struct/interface array after the uncommon
    Vec methods;        // Selection*: the method set
} Layout;

static Layout layout_of(Type *t) {
    Type *u = underlying(t);
    Layout l = {.kind_size = COMMON_SIZE, .methods = methods_of(t)};
    switch (u->kind) {
    case TY_POINTER: case TY_SLICE: l.kind_size = 56; break;
    case TY_ARRAY: l.kind_size = 72; break;
    case TY_MAP: l.kind_size = 88; break;
    case TY_CHAN: l.kind_size = 64; break;  // chantype: elem, dir
    case TY_FUNC:
        l.kind_size = 56;
        l.trailing = 8 * (u->params.len + u->results.len);
        break;
    case TY_STRUCT:
        l.kind_size = 80;
        l.trailing = STRUCTFIELD_SIZE * u->fields.len;
        break;
    case TY_INTERFACE:
        l.kind_size = 80;
        l.trailing = IMETHOD_SIZE * interface_methods(u)->len;
        break;
    default: break;
    }
    l.uncommon = is_named(t) || l.methods.len ? UNCOMMON_SIZE : 0;
    return l;
}

// put_func: inCount, outCount (bit 15: variadic), then after the uncommon the
// parameter and result types.
static void put_func(Gen *g, IrData *d, Type *f, int array) {
    put(d, 48, (uint64_t)f->params.len, 2);
    put(d, 50, (uint64_t)f->results.len | (f->variadic ? 0x8000 : 0), 2);
    for (int i = 0; i < f->params.len; i++, array += 8)
        ir_data_reloc(d, array, typedata_symbol(g, VEC_AT(&f->params, i)), 0);
    for (int i = 0; i < f->results.len; i++, array += 8)
        ir_data_reloc(d, array, typedata_symbol(g, VEC_AT(&f->results, i)), 0);
}

// put_struct: pkgPath (the package of the unexported field names, if any),
// fields = {ptr, len, cap} of the structfield array {name, typ, offset}.
static void put_struct(Gen *g, IrData *d, Type *s, int array) {
    const char *pkg = NULL;  // the package of the unexported fields
    for (int i = 0; i < s->fields.len; i++) {
        Field *f = VEC_AT(&s->fields, i);
        if (!is_exported_name(f->name) && !pkg)
            pkg = f->pkg ? f->pkg : "main";
    }
    if (pkg)  // gc gives a bucket's fields an empty package path
        ir_data_reloc(d, 48, importpath_symbol(g, s->map_of ? "" : pkg), 0);
    ir_data_reloc(d, 56, d->name, array);
    put(d, 64, (uint64_t)s->fields.len, 8);
    put(d, 72, (uint64_t)s->fields.len, 8);
    for (int i = 0; i < s->fields.len; i++, array += STRUCTFIELD_SIZE) {
        Field *f = VEC_AT(&s->fields, i);
        const char *name = name_symbol(g, f->name, f->tag, NULL, is_exported_name(f->name),
                                       f->embedded);
        ir_data_reloc(d, array, name, 0);
        ir_data_reloc(d, array + 8, typedata_symbol(g, f->type), 0);
        put(d, array + 16, (uint64_t)f->offset, 8);
    }
}

// put_interface: pkgpath (named interfaces but error), mhdr = {ptr, len, cap}
// of the imethod array {name, ityp}, sorted.
static void put_interface(Gen *g, IrData *d, Type *t, int array) {
    Vec *ms = interface_methods(t);
    bool named = t->kind == TY_NAMED && t != ty_error;
    if (named)
        ir_data_reloc(d, 48, importpath_symbol(g, object_pkg(t->obj)), 0);
    ir_data_reloc(d, 56, d->name, array);
    put(d, 64, (uint64_t)ms->len, 8);
    put(d, 72, (uint64_t)ms->len, 8);
    for (int i = 0; i < ms->len; i++, array += IMETHOD_SIZE) {
        Method *m = VEC_AT(ms, i);
        bool exported = is_exported_name(m->name);
        const char *pkg = !exported && !named ? "main" : NULL;
        ir_data_reloc32(d, array, name_symbol(g, m->name, NULL, pkg, exported, false), 0);
        ir_data_reloc32(d, array + 4, typedata_symbol(g, m->type), 0);
    }
}

static void put_kind_specific(Gen *g, IrData *d, Type *t, const Layout *l) {
    Type *u = underlying(t);
    int array = l->kind_size + l->uncommon;
    switch (u->kind) {
    case TY_POINTER: case TY_SLICE:
        ir_data_reloc(d, 48, typedata_symbol(g, u->elem), 0);
        return;
    case TY_ARRAY:
        ir_data_reloc(d, 48, typedata_symbol(g, u->elem), 0);
        ir_data_reloc(d, 56, typedata_symbol(g, new_slice(u->elem)), 0);
        put(d, 64, (uint64_t)u->len, 8);
        return;
    case TY_MAP: put_map(g, d, u); return;
    case TY_CHAN:
        ir_data_reloc(d, 48, typedata_symbol(g, u->elem), 0);
        put(d, 56, (uint64_t)u->chan_dir, 8);
        return;
    case TY_FUNC: put_func(g, d, u, array); return;
    case TY_STRUCT: put_struct(g, d, u, array); return;
    case TY_INTERFACE: put_interface(g, d, t, array); return;
    default: return;
    }
}

// ---- The _type header ----------------------------------------------------------------------

// wants_ptr_to_this: gc writes *T for every non-pointer T, and refers to it
// strongly (it is always kept) if T is named or *T has methods; otherwise the
// reference is weak: filled only if *T exists anyway (= dcommontype).
static bool strong_ptr_to_this(Type *t) {
    if (underlying(t)->kind == TY_POINTER && t->kind != TY_NAMED)
        return false;
    if (t->kind == TY_NAMED && underlying(t)->kind == TY_POINTER)
        return false;  // gc: only if **T exists somewhere (IsPtrElem); treated as weak
    return is_named(t) || methods_of(new_pointer(t)).len > 0;
}

static uint8_t tflag_of(Type *t, const Layout *l, const char *str) {
    uint8_t f = 0;
    if (l->uncommon)
        f |= TFLAG_UNCOMMON;
    if (str[0] != '*')
        f |= TFLAG_EXTRA_STAR;
    if (is_named(t))
        f |= TFLAG_NAMED;
    if (is_regular_memory(t))
        f |= TFLAG_REGULAR_MEMORY;
    return f;
}

// put_header writes the 48-byte _type (= reflectdata.dcommontype).
static void put_header(Gen *g, IrData *d, Type *t, const Layout *l) {
    const char *str = type_name_string(t);
    put(d, 0, (uint64_t)t->size, 8);
    put(d, 8, (uint64_t)ptrdata(t), 8);
    put(d, 16, type_hash(t), 4);
    put(d, 20, tflag_of(t, l, str), 1);
    put(d, 21, (uint64_t)(t->align ? t->align : 1), 1);
    put(d, 22, (uint64_t)(t->align ? t->align : 1), 1);
    bool prog = uses_gcprog(t);
    put(d, 23, underlying(t)->kind | (is_direct_iface(t) ? KIND_DIRECT_IFACE : 0) |
               (prog ? KIND_GC_PROG : 0), 1);
    const char *eq = alg_equal_closure(g, t);
    if (eq)
        ir_data_reloc(d, 24, eq, 0);
    ir_data_reloc(d, 32, prog ? gcprog_symbol(g, t) : gcbits_symbol(g, t), 0);
    // str is "*T" for a non-pointer T (tflagExtraStar), so *T can share it.
    bool exported = t->kind == TY_NAMED ? is_exported_name(t->obj->name)
                  : t->kind == TY_UNSAFE_POINTER ? true
                  : underlying(t)->kind == TY_POINTER && t->elem->kind == TY_NAMED
                      ? is_exported_name(t->elem->obj->name) : false;
    if (str[0] != '*')
        str = arena_printf("*%s", str);
    ir_data_reloc32(d, 40, name_symbol(g, str, NULL, NULL, exported, false), 0);
    if (strong_ptr_to_this(t)) {
        ir_data_reloc32(d, 44, typedata_symbol(g, new_pointer(t)), 0);
    } else if (underlying(t)->kind != TY_POINTER || t->kind == TY_NAMED) {
        WeakRef *w = NEW(WeakRef);
        w->d = d;
        w->target = arena_printf("type.%s", type_link_string(new_pointer(t)));
        vec_push(&g->shared->typedata->weak, w);
    }
}

// ---- Entry points ----------------------------------------------------------------------

const char *typedata_symbol(Gen *g, Type *t) {
    if (!g->shared->typedata)
        g->shared->typedata = NEW(TypeData);
    if (t == ty_byte)
        t = ty_uint8;   // byte and rune are uint8 and int32 (= reflectdata.formalType)
    else if (t == ty_rune)
        t = ty_int32;
    const char *sym = arena_printf("type.%s%s", t->noalg ? "noalg." : "", type_link_string(t));
    if (ir_find_data(g->m, sym))
        return sym;
    Layout l = layout_of(t);
    int size = l.kind_size + l.uncommon + l.trailing + METHOD_SIZE * l.methods.len;
    IrData *d = new_rodata(g, sym, size, 8);   // registered first: T may refer to *T
    d->comment = arena_printf("type descriptor of %s", type_name_string(t));
    d->global = true;   // as in gc: nm, gdb and the runtime's C code can name it
    put_header(g, d, t, &l);
    put_kind_specific(g, d, t, &l);
    if (l.uncommon) {
        put_uncommon(g, d, l.kind_size, t, &l.methods, l.trailing);
        put_methods(g, d, l.kind_size + l.uncommon + l.trailing, t, &l.methods);
    }
    return sym;
}

// typedata_finish resolves weak ptrToThis references, as gc's linker does: the
// word holds type.*T if the module has it, else 0.
void typedata_finish(Gen *g) {
    for (int i = 0; g->shared->typedata && i < g->shared->typedata->weak.len; i++) {
        WeakRef *w = VEC_AT(&g->shared->typedata->weak, i);
        if (ir_find_data(g->m, w->target))
            ir_data_reloc32(w->d, 44, w->target, 0);
    }
}
