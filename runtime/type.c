// type.c: reading type descriptors (= rt/type.go). The layouts are in type.h.
#include "type.h"

GoString name_string(const uint8_t *n) {
    uint64_t len = 0;
    int i = 1;
    for (int shift = 0;; shift += 7) {
        uint8_t c = n[i++];
        len |= (uint64_t)(c & 0x7f) << shift;
        if (!(c & 0x80))
            break;
    }
    return (GoString){n + i, (int64_t)len};
}

GoString type_string(const _type *t) {
    GoString s = name_string(resolve_off(t->str));
    if (t->tflag & tflagExtraStar) {
        s.ptr++;
        s.len--;
    }
    return s;
}

// The size of each kind's struct, where the uncommontype starts (type.h).
static uint64_t kind_struct_size(const _type *t) {
    switch (t->kind & kindMask) {
    case kindPtr: return sizeof(ptrtype);
    case kindSlice: return sizeof(slicetype);
    case kindArray: return sizeof(arraytype);
    case kindFunc: return sizeof(functype);
    case kindStruct: return sizeof(structtype);
    case kindInterface: return sizeof(interfacetype);
    case kindMap: return sizeof(maptype);
    default: return sizeof(_type);
    }
}

const uncommontype *type_uncommon(const _type *t) {
    if (!(t->tflag & tflagUncommon))
        return NULL;
    return (const uncommontype *)((const uint8_t *)t + kind_struct_size(t));
}
