// typedata_oracle.go prints go1.19's own type descriptors in the format of
// `mgc dump -phase=typedata`, read at run time through unsafe: the expected
// output of testdata/scripts/typedata.sh. It is compiled together with
// testdata/scripts/typedata.go, whose roots() returns one value of every type
// that file declares and of every package variable's type; this file walks
// from those descriptors to every descriptor they refer to. A root of type *I,
// I an interface, stands for I.
//
// Run it with tools/typedata_oracle.sh (needs go1.19); it is not part of mgc.
package main

import (
	"fmt"
	"os"
	"reflect"
	"runtime"
	"sort"
	"strings"
	"unsafe"
)

//go:linkname resolveNameOff reflect.resolveNameOff
func resolveNameOff(ptrInModule unsafe.Pointer, off int32) unsafe.Pointer

//go:linkname resolveTypeOff reflect.resolveTypeOff
func resolveTypeOff(rtype unsafe.Pointer, off int32) unsafe.Pointer

//go:linkname resolveTextOff reflect.resolveTextOff
func resolveTextOff(rtype unsafe.Pointer, off int32) unsafe.Pointer

var _ = reflect.TypeOf // the resolve functions live in reflect

// rtype is runtime._type (runtime/type.go).
type rtype struct {
	size, ptrdata                 uintptr
	hash                          uint32
	tflag, align, fieldAlign, kind uint8
	equal                         unsafe.Pointer
	gcdata                        *byte
	str, ptrToThis                int32
}

func at(t *rtype, off uintptr) unsafe.Pointer { return unsafe.Add(unsafe.Pointer(t), off) }
func word(t *rtype, off uintptr) uintptr      { return *(*uintptr)(at(t, off)) }
func ptrAt(t *rtype, off uintptr) *rtype      { return *(**rtype)(at(t, off)) }
func u8(t *rtype, off uintptr) uint64         { return uint64(*(*uint8)(at(t, off))) }
func u16(t *rtype, off uintptr) uint64        { return uint64(*(*uint16)(at(t, off))) }
func u32(t *rtype, off uintptr) uint64        { return uint64(*(*uint32)(at(t, off))) }
func i32(t *rtype, off uintptr) int32         { return *(*int32)(at(t, off)) }

// nameText decodes a runtime name; with details its flags, tag and package.
func nameText(p unsafe.Pointer, details bool) string {
	if p == nil {
		return "-"
	}
	b := (*[1 << 20]byte)(p)
	n, i, shift := 0, 1, 0
	for {
		c := b[i]
		i++
		n |= int(c&0x7f) << shift
		shift += 7
		if c&0x80 == 0 {
			break
		}
	}
	s := string(b[i : i+n])
	if !details {
		return s
	}
	out := fmt.Sprintf("%s flags=%d", s, b[0])
	i += n
	if b[0]&2 != 0 {
		tl := int(b[i])
		out += " tag=" + string(b[i+1:i+1+tl])
		i += 1 + tl
	}
	if b[0]&4 != 0 {
		off := *(*int32)(unsafe.Pointer(&b[i]))
		out += " pkg=" + nameText(resolveNameOff(p, off), false)
	}
	return out
}

func typeName(t *rtype) string {
	if t == nil {
		return "nil"
	}
	s := nameText(resolveNameOff(unsafe.Pointer(t), t.str), false)
	if t.tflag&2 != 0 {
		s = s[1:]
	}
	return s
}

func typeOff(t *rtype, off int32) *rtype {
	if off == -1 || off == 0 {
		return nil
	}
	return (*rtype)(resolveTypeOff(unsafe.Pointer(t), off))
}

func textName(t *rtype, off int32) string {
	if off == -1 {
		return "-"
	}
	return runtime.FuncForPC(uintptr(resolveTextOff(unsafe.Pointer(t), off))).Name()
}

func funcvalText(fv unsafe.Pointer) string {
	if fv == nil {
		return "nil"
	}
	name := runtime.FuncForPC(*(*uintptr)(fv)).Name()
	if strings.HasSuffix(name, "_varlen") {
		name += fmt.Sprintf(" %d", *(*uintptr)(unsafe.Add(fv, 8)))
	}
	return name
}

func uncommonOffset(kind uint8) uintptr {
	switch kind {
	case 22, 23, 19:
		return 56
	case 17:
		return 72
	case 21:
		return 88
	case 25, 20:
		return 80
	}
	return 48
}

type walker struct {
	seen   map[*rtype]bool
	blocks []string
}

func (w *walker) ref(t *rtype) string {
	w.visit(t)
	return typeName(t)
}

func (w *walker) visit(t *rtype) {
	if t == nil || w.seen[t] {
		return
	}
	w.seen[t] = true
	var b strings.Builder
	kind := t.kind & 0x1f
	fmt.Fprintf(&b, "type %s\n", typeName(t))
	fmt.Fprintf(&b, "  size %d ptrdata %d hash 0x%08x tflag 0x%02x align %d fieldAlign %d kind 0x%02x\n",
		t.size, t.ptrdata, t.hash, t.tflag, t.align, t.fieldAlign, t.kind)
	fmt.Fprintf(&b, "  equal %s\n", funcvalText(t.equal))
	if t.kind&0x40 != 0 {
		fmt.Fprintf(&b, "  gcdata prog\n")
	} else {
		mask := (*[1 << 20]byte)(unsafe.Pointer(t.gcdata))[:(t.ptrdata/8+7)/8]
		fmt.Fprintf(&b, "  gcdata %x\n", mask)
	}
	w.pointerTo(&b, t)
	unc := uncommonOffset(kind)
	array := unc
	if t.tflag&1 != 0 {
		array += 16
	}
	w.kindSpecific(&b, t, kind, array)
	if t.tflag&1 != 0 {
		w.uncommon(&b, t, unc)
	}
	w.blocks = append(w.blocks, b.String())
}

func (w *walker) pointerTo(b *strings.Builder, t *rtype) {
	p := typeOff(t, t.ptrToThis)
	strong := p != nil && (t.tflag&4 != 0 || (p.tflag&1 != 0 && u16(p, 60) > 0))
	if strong {
		fmt.Fprintf(b, "  ptrToThis %s\n", w.ref(p))
	} else {
		fmt.Fprintf(b, "  ptrToThis weak\n")
	}
}

func (w *walker) kindSpecific(b *strings.Builder, t *rtype, kind uint8, array uintptr) {
	switch kind {
	case 22, 23:
		fmt.Fprintf(b, "  elem %s\n", w.ref(ptrAt(t, 48)))
	case 17:
		fmt.Fprintf(b, "  elem %s\n  slice %s\n  len %d\n", w.ref(ptrAt(t, 48)), w.ref(ptrAt(t, 56)), word(t, 64))
	case 21:
		fmt.Fprintf(b, "  key %s\n  elem %s\n  bucket %s\n", w.ref(ptrAt(t, 48)), w.ref(ptrAt(t, 56)), w.ref(ptrAt(t, 64)))
		fmt.Fprintf(b, "  hasher %s\n", funcvalText(*(*unsafe.Pointer)(at(t, 72))))
		fmt.Fprintf(b, "  keysize %d elemsize %d bucketsize %d flags %d\n", u8(t, 80), u8(t, 81), u16(t, 82), u32(t, 84))
	case 19:
		in, out := u16(t, 48), u16(t, 50)
		fmt.Fprintf(b, "  inCount %d outCount %d\n", in, out)
		for i := uint64(0); i < in; i++ {
			fmt.Fprintf(b, "  in %s\n", w.ref(ptrAt(t, array+8*uintptr(i))))
		}
		for i := uint64(0); i < out&0x7fff; i++ {
			fmt.Fprintf(b, "  out %s\n", w.ref(ptrAt(t, array+8*uintptr(in+i))))
		}
	case 25, 20:
		fmt.Fprintf(b, "  pkgpath %s\n", nameText(*(*unsafe.Pointer)(at(t, 48)), false))
		data, n := *(*uintptr)(at(t, 56)), word(t, 64)
		name := "fields"
		if kind == 20 {
			name = "imethods"
		}
		fmt.Fprintf(b, "  %s %d (at +%d)\n", name, n, data-uintptr(unsafe.Pointer(t)))
		for i := uintptr(0); i < n; i++ {
			if kind == 25 {
				f := (*rtype)(unsafe.Pointer(data + 24*i))
				fmt.Fprintf(b, "  field %s type %s offset %d\n", nameText(*(*unsafe.Pointer)(at(f, 0)), true), w.ref(ptrAt(f, 8)), word(f, 16))
			} else {
				m := (*rtype)(unsafe.Pointer(data + 8*i))
				fmt.Fprintf(b, "  imethod %s type %s\n", nameText(resolveNameOff(unsafe.Pointer(t), i32(m, 0)), true), w.ref(typeOff(t, i32(m, 4))))
			}
		}
	}
}

func (w *walker) uncommon(b *strings.Builder, t *rtype, off uintptr) {
	pkg := "-"
	if o := i32(t, off); o != 0 {
		pkg = nameText(resolveNameOff(unsafe.Pointer(t), o), false)
	}
	mcount, moff := u16(t, off+4), uintptr(u32(t, off+8))
	fmt.Fprintf(b, "  uncommon pkgpath %s mcount %d xcount %d moff %d\n", pkg, mcount, u16(t, off+6), moff)
	for i := uintptr(0); i < uintptr(mcount); i++ {
		m := off + moff + 16*i
		fmt.Fprintf(b, "  method %s mtyp %s ifn %s tfn %s\n", nameText(resolveNameOff(unsafe.Pointer(t), i32(t, m)), true),
			w.ref(typeOff(t, i32(t, m+4))), textName(t, i32(t, m+8)), textName(t, i32(t, m+12)))
	}
}

// keepMethods keeps every method alive through the linker's dead-code pass:
// calling reflect's Method keeps all exported methods of reachable types, and
// an interface call keeps the unexported method of that name and type.
type hider interface{ hidden() string }

func keepMethods(v any) {
	if t := reflect.TypeOf(v); t.NumMethod() > 0 {
		_ = t.Method(0)
	}
	if h, ok := v.(hider); ok {
		_ = h.hidden()
	}
}

func init() {
	w := &walker{seen: map[*rtype]bool{}}
	for _, v := range roots() {
		keepMethods(v)
	}
	for _, v := range roots() {
		t := (*rtype)((*[2]unsafe.Pointer)(unsafe.Pointer(&v))[0])
		if t.kind&0x1f == 22 && ptrAt(t, 48).kind&0x1f == 20 {
			t = ptrAt(t, 48) // an interface value cannot carry an interface type: *I stands for I
		}
		w.visit(t)
	}
	sort.Strings(w.blocks)
	for _, b := range w.blocks {
		fmt.Print(b)
	}
	os.Exit(0)
}
