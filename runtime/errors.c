// errors.c: what package errors (lib/errors.go) asks of type descriptors, the
// questions Go's errors package puts to internal/reflectlite.
#include <string.h>

#include "type.h"

// The descriptor of the predeclared error interface. lib/errors.go converts
// *errorString to error, so its program always has one (weak: NULL otherwise).
extern const interfacetype go_type_error __asm__("type.error") __attribute__((weak));

// = reflectlite.TypeOf(x).Comparable() for a non-nil x.
GoBool errors_comparable(iface x) __asm__("errors.comparable");
GoBool errors_comparable(iface x) {
    return x.tab->_type->equal != NULL;
}

// = the checks at the top of errors.As: 0 if target is a non-nil pointer to
// an interface type or to a type implementing error; 1 if it is not a non-nil
// pointer; 2 if it points to anything else.
int64_t errors_checkTarget(eface target) __asm__("errors.checkTarget");
int64_t errors_checkTarget(eface target) {
    if ((target._type->kind & kindMask) != kindPtr || target.data == NULL)
        return 1;
    const _type *elem = ((const ptrtype *)target._type)->elem;
    if ((elem->kind & kindMask) == kindInterface)
        return 0;
    return &go_type_error != NULL && getitab(&go_type_error, elem, true) != NULL ? 0 : 2;
}

// = errors.As's reflectlite.TypeOf(err).AssignableTo(targetType) and
// val.Elem().Set(...): if err's dynamic type is *target's type, or
// implements *target's interface type, store err there (through getitab, as
// a conversion in compiled code would) and return true.
GoBool errors_assignTo(iface err, eface target) __asm__("errors.assignTo");
GoBool errors_assignTo(iface err, eface target) {
    const _type *dyn = err.tab->_type;
    const _type *elem = ((const ptrtype *)target._type)->elem;
    if ((elem->kind & kindMask) == kindInterface) {
        const interfacetype *inter = (const interfacetype *)elem;
        if (inter->mhdr.len == 0) {
            *(eface *)target.data = (eface){dyn, err.data};
            return true;
        }
        const itab *tab = getitab(inter, dyn, true);
        if (tab == NULL)
            return false;
        *(iface *)target.data = (iface){tab, err.data};
        return true;
    }
    if (elem != dyn)
        return false;
    if (isDirectIface(dyn))
        *(void **)target.data = err.data;
    else
        memmove(target.data, err.data, dyn->size);
    return true;
}
