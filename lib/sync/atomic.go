// Package atomic: atomic memory operations (LANGUAGE.md), written in
// mini-Go. One OS thread runs every goroutine and switches only when one
// blocks (runtime/proc.c), so a plain read-modify-write is already atomic;
// what this package keeps is Go's API and results.
package atomic

// AddInt32 adds delta to *addr and returns the new value.
func AddInt32(addr *int32, delta int32) (new int32) {
	spinyield()
	*addr += delta
	return *addr
}

// LoadInt32 returns *addr.
func LoadInt32(addr *int32) (val int32) {
	spinyield()
	return *addr
}

// StoreInt32 sets *addr to val.
func StoreInt32(addr *int32, val int32) {
	spinyield()
	*addr = val
}

// SwapInt32 sets *addr to new and returns the old value.
func SwapInt32(addr *int32, new int32) (old int32) {
	spinyield()
	old = *addr
	*addr = new
	return old
}

// CompareAndSwapInt32 sets *addr to new if it holds old, and says whether it did.
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool) {
	spinyield()
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

// Int32 is an atomic int32; its zero value is zero.
type Int32 struct {
	v int32
}

func (x *Int32) Load() int32 { return LoadInt32(&x.v) }
func (x *Int32) Store(val int32) { StoreInt32(&x.v, val) }
func (x *Int32) Swap(new int32) (old int32) { return SwapInt32(&x.v, new) }
func (x *Int32) Add(delta int32) (new int32) { return AddInt32(&x.v, delta) }
func (x *Int32) CompareAndSwap(old, new int32) (swapped bool) {
	return CompareAndSwapInt32(&x.v, old, new)
}

// AddInt64 adds delta to *addr and returns the new value.
func AddInt64(addr *int64, delta int64) (new int64) {
	spinyield()
	*addr += delta
	return *addr
}

// LoadInt64 returns *addr.
func LoadInt64(addr *int64) (val int64) {
	spinyield()
	return *addr
}

// StoreInt64 sets *addr to val.
func StoreInt64(addr *int64, val int64) {
	spinyield()
	*addr = val
}

// SwapInt64 sets *addr to new and returns the old value.
func SwapInt64(addr *int64, new int64) (old int64) {
	spinyield()
	old = *addr
	*addr = new
	return old
}

// CompareAndSwapInt64 sets *addr to new if it holds old, and says whether it did.
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool) {
	spinyield()
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

// Int64 is an atomic int64; its zero value is zero.
type Int64 struct {
	v int64
}

func (x *Int64) Load() int64 { return LoadInt64(&x.v) }
func (x *Int64) Store(val int64) { StoreInt64(&x.v, val) }
func (x *Int64) Swap(new int64) (old int64) { return SwapInt64(&x.v, new) }
func (x *Int64) Add(delta int64) (new int64) { return AddInt64(&x.v, delta) }
func (x *Int64) CompareAndSwap(old, new int64) (swapped bool) {
	return CompareAndSwapInt64(&x.v, old, new)
}

// AddUint32 adds delta to *addr and returns the new value.
func AddUint32(addr *uint32, delta uint32) (new uint32) {
	spinyield()
	*addr += delta
	return *addr
}

// LoadUint32 returns *addr.
func LoadUint32(addr *uint32) (val uint32) {
	spinyield()
	return *addr
}

// StoreUint32 sets *addr to val.
func StoreUint32(addr *uint32, val uint32) {
	spinyield()
	*addr = val
}

// SwapUint32 sets *addr to new and returns the old value.
func SwapUint32(addr *uint32, new uint32) (old uint32) {
	spinyield()
	old = *addr
	*addr = new
	return old
}

// CompareAndSwapUint32 sets *addr to new if it holds old, and says whether it did.
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool) {
	spinyield()
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

// Uint32 is an atomic uint32; its zero value is zero.
type Uint32 struct {
	v uint32
}

func (x *Uint32) Load() uint32 { return LoadUint32(&x.v) }
func (x *Uint32) Store(val uint32) { StoreUint32(&x.v, val) }
func (x *Uint32) Swap(new uint32) (old uint32) { return SwapUint32(&x.v, new) }
func (x *Uint32) Add(delta uint32) (new uint32) { return AddUint32(&x.v, delta) }
func (x *Uint32) CompareAndSwap(old, new uint32) (swapped bool) {
	return CompareAndSwapUint32(&x.v, old, new)
}

// AddUint64 adds delta to *addr and returns the new value.
func AddUint64(addr *uint64, delta uint64) (new uint64) {
	spinyield()
	*addr += delta
	return *addr
}

// LoadUint64 returns *addr.
func LoadUint64(addr *uint64) (val uint64) {
	spinyield()
	return *addr
}

// StoreUint64 sets *addr to val.
func StoreUint64(addr *uint64, val uint64) {
	spinyield()
	*addr = val
}

// SwapUint64 sets *addr to new and returns the old value.
func SwapUint64(addr *uint64, new uint64) (old uint64) {
	spinyield()
	old = *addr
	*addr = new
	return old
}

// CompareAndSwapUint64 sets *addr to new if it holds old, and says whether it did.
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool) {
	spinyield()
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

// Uint64 is an atomic uint64; its zero value is zero.
type Uint64 struct {
	v uint64
}

func (x *Uint64) Load() uint64 { return LoadUint64(&x.v) }
func (x *Uint64) Store(val uint64) { StoreUint64(&x.v, val) }
func (x *Uint64) Swap(new uint64) (old uint64) { return SwapUint64(&x.v, new) }
func (x *Uint64) Add(delta uint64) (new uint64) { return AddUint64(&x.v, delta) }
func (x *Uint64) CompareAndSwap(old, new uint64) (swapped bool) {
	return CompareAndSwapUint64(&x.v, old, new)
}

// AddUintptr adds delta to *addr and returns the new value.
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr) {
	spinyield()
	*addr += delta
	return *addr
}

// LoadUintptr returns *addr.
func LoadUintptr(addr *uintptr) (val uintptr) {
	spinyield()
	return *addr
}

// StoreUintptr sets *addr to val.
func StoreUintptr(addr *uintptr, val uintptr) {
	spinyield()
	*addr = val
}

// SwapUintptr sets *addr to new and returns the old value.
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr) {
	spinyield()
	old = *addr
	*addr = new
	return old
}

// CompareAndSwapUintptr sets *addr to new if it holds old, and says whether it did.
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool) {
	spinyield()
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

// Uintptr is an atomic uintptr; its zero value is zero.
type Uintptr struct {
	v uintptr
}

func (x *Uintptr) Load() uintptr { return LoadUintptr(&x.v) }
func (x *Uintptr) Store(val uintptr) { StoreUintptr(&x.v, val) }
func (x *Uintptr) Swap(new uintptr) (old uintptr) { return SwapUintptr(&x.v, new) }
func (x *Uintptr) Add(delta uintptr) (new uintptr) { return AddUintptr(&x.v, delta) }
func (x *Uintptr) CompareAndSwap(old, new uintptr) (swapped bool) {
	return CompareAndSwapUintptr(&x.v, old, new)
}

// Bool is an atomic bool; its zero value is false.
type Bool struct {
	v bool
}

func (x *Bool) Load() bool {
	spinyield()
	return x.v
}
func (x *Bool) Store(val bool) {
	spinyield()
	x.v = val
}
func (x *Bool) Swap(new bool) (old bool) {
	old = x.v
	x.v = new
	return old
}
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	if x.v != old {
		return false
	}
	x.v = new
	return true
}

// A Value holds a value of one consistent type, loaded and stored atomically.
type Value struct {
	v any
}

// Load returns the value set by the latest Store, or nil.
func (v *Value) Load() (val any) { return v.v }

// Store sets the value; it panics on nil or on a value of another type than
// the first one stored.
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	if v.v != nil && !sameType(v.v, val) {
		panic("sync/atomic: store of inconsistently typed value into Value")
	}
	v.v = val
}

// Swap stores new and returns the previous value.
func (v *Value) Swap(new any) (old any) {
	old = v.v
	v.Store(new)
	return old
}

// CompareAndSwap stores new if the value is old, and says whether it did.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if v.v != old {
		return false
	}
	v.Store(new)
	return true
}

// sameType reports whether a and b have the same dynamic type.
func sameType(a, b any) bool {
	return typeOf(a) == typeOf(b)
}

// spinyield lets other goroutines run now and then (runtime/proc.c): a
// goroutine spinning on an atomic waits for another one.
func spinyield()

// typeOf returns the type word of an interface (runtime/iface.c).
func typeOf(x any) uintptr
