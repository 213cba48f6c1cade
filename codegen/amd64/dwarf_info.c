// dwarf_info.c: the .debug_info compile unit of a -g build and the
// .debug_abbrev table its entries use (DWARF 4; dwarf.c writes the sections).
//
//   compile_unit  name, producer "mgc", DW_LANG_Go, stmt_list, low/high pc
//     base_type, pointer_type, structure_type { member ... }, array_type
//       { subrange_type }, typedef      every type a variable needs, named as gc
//                                       names them (codegen/dwarf_types.c)
//     subprogram  main.(*Rect).Scale, low/high pc, frame base rbp
//       formal_parameter  r, ...        (results: variable_parameter 1, as gc)
//       variable          x, ...        with DW_AT_location, or none: <optimized out>
//
// A reference to a type (DW_FORM_ref4) is its entry's offset in the unit; a
// type referred to before it is written (a struct's field of its own pointer
// type) is patched once every type is placed.
#include "internal.h"

#include <string.h>

enum {
    TAG_array = 0x01, TAG_formal_parameter = 0x05, TAG_member = 0x0d, TAG_pointer = 0x0f,
    TAG_compile_unit = 0x11, TAG_structure = 0x13, TAG_typedef = 0x16, TAG_subrange = 0x21,
    TAG_base = 0x24, TAG_subprogram = 0x2e, TAG_variable = 0x34,

    AT_location = 0x02, AT_name = 0x03, AT_byte_size = 0x0b, AT_stmt_list = 0x10,
    AT_low_pc = 0x11, AT_high_pc = 0x12, AT_language = 0x13, AT_comp_dir = 0x1b,
    AT_producer = 0x25, AT_count = 0x37, AT_data_member_location = 0x38, AT_decl_line = 0x3b,
    AT_encoding = 0x3e, AT_external = 0x3f, AT_frame_base = 0x40, AT_type = 0x49,
    AT_variable_parameter = 0x4b,

    FORM_addr = 0x01, FORM_data4 = 0x06, FORM_string = 0x08, FORM_data1 = 0x0b,
    FORM_flag = 0x0c, FORM_udata = 0x0f, FORM_ref4 = 0x13, FORM_sec_offset = 0x17,
    FORM_exprloc = 0x18,

    DW_LANG_Go = 0x16, DW_OP_breg6 = 0x76,
};

// The abbreviation codes, one per entry shape.
typedef enum Abbrev {
    AB_CU = 1, AB_SUBPROGRAM, AB_PARAM, AB_PARAM_NOLOC, AB_VAR, AB_VAR_NOLOC,
    AB_BASE, AB_POINTER, AB_POINTER_VOID, AB_STRUCT, AB_MEMBER, AB_ARRAY, AB_SUBRANGE,
    AB_TYPEDEF,
} Abbrev;

static void abbrev(DwBuf *d, Abbrev code, int tag, bool children, const int *attrs) {
    dw_uleb(d, code), dw_uleb(d, (uint64_t)tag), dw_u8(d, children);
    for (; *attrs; attrs += 2)
        dw_uleb(d, (uint64_t)attrs[0]), dw_uleb(d, (uint64_t)attrs[1]);
    dw_u8(d, 0), dw_u8(d, 0);
}

void dwarf_write_abbrevs(DwBuf *d) {
    abbrev(d, AB_CU, TAG_compile_unit, true, (const int[]){
        AT_name, FORM_string, AT_producer, FORM_string, AT_language, FORM_data1,
        AT_stmt_list, FORM_sec_offset, AT_comp_dir, FORM_string, AT_low_pc, FORM_addr,
        AT_high_pc, FORM_addr, 0});
    abbrev(d, AB_SUBPROGRAM, TAG_subprogram, true, (const int[]){
        AT_name, FORM_string, AT_low_pc, FORM_addr, AT_high_pc, FORM_addr,
        AT_frame_base, FORM_exprloc, AT_external, FORM_flag, 0});
    abbrev(d, AB_PARAM, TAG_formal_parameter, false, (const int[]){
        AT_name, FORM_string, AT_variable_parameter, FORM_flag, AT_decl_line, FORM_udata,
        AT_type, FORM_ref4, AT_location, FORM_exprloc, 0});
    abbrev(d, AB_PARAM_NOLOC, TAG_formal_parameter, false, (const int[]){
        AT_name, FORM_string, AT_variable_parameter, FORM_flag, AT_decl_line, FORM_udata,
        AT_type, FORM_ref4, 0});
    abbrev(d, AB_VAR, TAG_variable, false, (const int[]){
        AT_name, FORM_string, AT_decl_line, FORM_udata, AT_type, FORM_ref4,
        AT_location, FORM_exprloc, 0});
    abbrev(d, AB_VAR_NOLOC, TAG_variable, false, (const int[]){
        AT_name, FORM_string, AT_decl_line, FORM_udata, AT_type, FORM_ref4, 0});
    abbrev(d, AB_BASE, TAG_base, false, (const int[]){
        AT_name, FORM_string, AT_encoding, FORM_data1, AT_byte_size, FORM_udata, 0});
    abbrev(d, AB_POINTER, TAG_pointer, false, (const int[]){
        AT_name, FORM_string, AT_type, FORM_ref4, AT_byte_size, FORM_udata, 0});
    abbrev(d, AB_POINTER_VOID, TAG_pointer, false, (const int[]){
        AT_name, FORM_string, AT_byte_size, FORM_udata, 0});
    abbrev(d, AB_STRUCT, TAG_structure, true, (const int[]){
        AT_name, FORM_string, AT_byte_size, FORM_udata, 0});
    abbrev(d, AB_MEMBER, TAG_member, false, (const int[]){
        AT_name, FORM_string, AT_data_member_location, FORM_udata, AT_type, FORM_ref4, 0});
    abbrev(d, AB_ARRAY, TAG_array, true, (const int[]){
        AT_name, FORM_string, AT_type, FORM_ref4, AT_byte_size, FORM_udata, 0});
    abbrev(d, AB_SUBRANGE, TAG_subrange, false, (const int[]){AT_count, FORM_udata, 0});
    abbrev(d, AB_TYPEDEF, TAG_typedef, false, (const int[]){
        AT_name, FORM_string, AT_type, FORM_ref4, 0});
    dw_u8(d, 0);
}

// ---- Types --------------------------------------------------------------------------

typedef struct TypeTable {
    Vec types;      // IrDbgType*, in the order they are written
    PtrSet seen;
    StrMap offsets; // "%p" of an IrDbgType -> 1 + its entry's offset
    Vec refs;       // (offset of a ref4, IrDbgType*) pairs, patched at the end
} TypeTable;

static void collect(TypeTable *tt, IrDbgType *t) {
    if (!t || !ptrset_add(&tt->seen, t))
        return;
    vec_push(&tt->types, t);
    collect(tt, t->elem);
    for (int i = 0; i < t->fields.len; i++)
        collect(tt, ((IrDbgField *)VEC_AT(&t->fields, i))->type);
}

static const char *key(const IrDbgType *t) { return arena_printf("%p", (const void *)t); }

static void type_ref(DwBuf *d, TypeTable *tt, IrDbgType *t) {
    vec_push(&tt->refs, (void *)(intptr_t)dw_len(d));
    vec_push(&tt->refs, t);
    dw_u32(d, 0);
}

static void write_type(DwBuf *d, TypeTable *tt, IrDbgType *t) {
    strmap_put(&tt->offsets, key(t), (void *)(intptr_t)(dw_len(d) + 1));
    switch (t->kind) {
    case DBG_BASE:
        dw_uleb(d, AB_BASE), dw_str(d, t->name), dw_u8(d, t->encoding);
        dw_uleb(d, (uint64_t)t->size);
        return;
    case DBG_POINTER:
        dw_uleb(d, t->elem ? AB_POINTER : AB_POINTER_VOID), dw_str(d, t->name);
        if (t->elem)
            type_ref(d, tt, t->elem);
        dw_uleb(d, 8);
        return;
    case DBG_TYPEDEF:
        dw_uleb(d, AB_TYPEDEF), dw_str(d, t->name), type_ref(d, tt, t->elem);
        return;
    case DBG_ARRAY:
        dw_uleb(d, AB_ARRAY), dw_str(d, t->name), type_ref(d, tt, t->elem);
        dw_uleb(d, (uint64_t)t->size);
        dw_uleb(d, AB_SUBRANGE), dw_uleb(d, (uint64_t)t->count), dw_u8(d, 0);
        return;
    case DBG_STRUCT:
        dw_uleb(d, AB_STRUCT), dw_str(d, t->name), dw_uleb(d, (uint64_t)t->size);
        for (int i = 0; i < t->fields.len; i++) {
            IrDbgField *f = VEC_AT(&t->fields, i);
            dw_uleb(d, AB_MEMBER), dw_str(d, f->name), dw_uleb(d, (uint64_t)f->offset);
            type_ref(d, tt, f->type);
        }
        dw_u8(d, 0);
        return;
    }
}

static void patch_refs(DwBuf *d, TypeTable *tt) {
    for (int i = 0; i < tt->refs.len; i += 2) {
        int at = (int)(intptr_t)VEC_AT(&tt->refs, i);
        intptr_t off = (intptr_t)strmap_get(&tt->offsets, key(VEC_AT(&tt->refs, i + 1)));
        if (off == 0)
            unreachable();   // every referred type was collected
        dw_patch32(d, at, (uint32_t)(off - 1));
    }
}

// ---- Functions ------------------------------------------------------------------------

static void write_var(DwBuf *d, TypeTable *tt, const DwVar *dv) {
    const IrVar *v = dv->v;
    bool param = v->kind != VAR_LOCAL;
    if (param)
        dw_uleb(d, dv->has_loc ? AB_PARAM : AB_PARAM_NOLOC);
    else
        dw_uleb(d, dv->has_loc ? AB_VAR : AB_VAR_NOLOC);
    dw_str(d, v->name);
    if (param)
        dw_u8(d, v->kind == VAR_RESULT);
    dw_uleb(d, (uint64_t)(v->pos.line > 0 ? v->pos.line : 0));
    type_ref(d, tt, v->type);
    if (dv->has_loc) {
        dw_uleb(d, (uint64_t)dw_len(&dv->loc));
        buf_putn(&d->bytes, dv->loc.bytes.data, dv->loc.bytes.len);
    }
}

static void write_func(DwBuf *d, TypeTable *tt, const DwFunc *df) {
    dw_uleb(d, AB_SUBPROGRAM), dw_str(d, df->f->name);
    dw_expr(d, 8, df->sym);
    dw_expr(d, 8, arena_printf("%s.end", df->sym));
    dw_uleb(d, 2), dw_u8(d, DW_OP_breg6), dw_sleb(d, 0);   // frame base: rbp
    dw_u8(d, df->f->is_exported);
    for (int i = 0; i < df->vars.len; i++)
        write_var(d, tt, VEC_AT(&df->vars, i));
    dw_u8(d, 0);
}

// dwarf_write_info writes the compile unit: header, unit entry, the types,
// the functions. name and dir are the main file and the compile directory;
// low and high bound the code.
void dwarf_write_info(DwBuf *d, Vec *funcs, const char *name, const char *dir,
                      const char *low, const char *high) {
    TypeTable tt = {0};
    for (int i = 0; i < funcs->len; i++) {
        const DwFunc *df = VEC_AT(funcs, i);
        for (int j = 0; j < df->vars.len; j++)
            collect(&tt, (IrDbgType *)((DwVar *)VEC_AT(&df->vars, j))->v->type);
    }
    dw_u32(d, 0);   // unit_length, patched
    dw_u16(d, 4);
    dw_expr(d, 4, "mgc.debug_abbrev");
    dw_u8(d, 8);
    dw_uleb(d, AB_CU), dw_str(d, name), dw_str(d, "mgc"), dw_u8(d, DW_LANG_Go);
    dw_expr(d, 4, "mgc.debug_line");
    dw_str(d, dir);
    dw_expr(d, 8, low), dw_expr(d, 8, high);
    for (int i = 0; i < tt.types.len; i++)
        write_type(d, &tt, VEC_AT(&tt.types, i));
    for (int i = 0; i < funcs->len; i++)
        write_func(d, &tt, VEC_AT(funcs, i));
    dw_u8(d, 0);
    patch_refs(d, &tt);
    dw_patch32(d, 0, (uint32_t)(dw_len(d) - 4));
}
