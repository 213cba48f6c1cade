// Package sort: sorting slices and user collections (LANGUAGE.md), written
// in mini-Go. A collection is sorted through sort.Interface, so every Less
// and Swap is a method call through an itab. Sort and Slice make go1.19's
// pdqsort's calls, so equal elements end where gc puts them. Stable
// sorts blocks by insertion and merges them in place by rotations.
// sort.Slice reaches the slice's elements through its type descriptor
// (runtime/sort.c), as Go's does through reflect.
package sort

// An implementation of Interface can be sorted by this package's functions.
type Interface interface {
	// Len is the number of elements in the collection.
	Len() int
	// Less reports whether element i must sort before element j.
	Less(i, j int) bool
	// Swap swaps the elements with indexes i and j.
	Swap(i, j int)
}

// ---- Sort -------------------------------------------------------------------
//
// Sort makes the same Less and Swap calls as go1.19's pattern-defeating
// quicksort (pdqsort), so that equal elements end in the same order as under
// gc (programs print them):
//
//   pdq(a, b, limit):
//     loop:
//       b-a <= 12                     -> insertion sort, done
//       limit == 0                    -> heapsort, done
//       last split unbalanced         -> breakPatterns (3 swaps by xorshift), limit--
//       pivot := median of 3 (of 3 medians when b-a >= 50), counting swaps:
//                none = increasing, all 12 = decreasing (then reverse the range)
//       balanced, partitioned, increasing and partialInsertionSort -> done
//       data[a-1] >= pivot            -> put the pivot's equals first, a = past them
//       partition; recurse into the shorter side, loop on the other
//         (balanced: the shorter side has at least (b-a)/8)

// Sort sorts data in ascending order as determined by its Less method.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdqSort(data, 0, n, bitLen(n))
}

// bitLen is the number of bits needed to write n (= bits.Len).
func bitLen(n int) int {
	k := 0
	for u := uint(n); u != 0; u >>= 1 {
		k++
	}
	return k
}

const (
	hintUnknown = iota
	hintIncreasing
	hintDecreasing
)

func pdqSort(data Interface, a, b, limit int) {
	balanced, partitioned := true, true
	for {
		n := b - a
		if n <= 12 {
			insertionSort(data, a, b)
			return
		}
		if limit == 0 {
			heapSort(data, a, b)
			return
		}
		if !balanced {
			breakPatterns(data, a, b)
			limit--
		}
		pivot, hint := choosePivot(data, a, b)
		if hint == hintDecreasing {
			reverseRange(data, a, b)
			pivot = (b - 1) - (pivot - a)
			hint = hintIncreasing
		}
		if balanced && partitioned && hint == hintIncreasing && partialInsertionSort(data, a, b) {
			return
		}
		if a > 0 && !data.Less(a-1, pivot) {
			a = partitionEqual(data, a, b, pivot)
			continue
		}
		mid, already := partition(data, a, b, pivot)
		partitioned = already
		left, right := mid-a, b-mid
		if left < right {
			balanced = left >= n/8
			pdqSort(data, a, mid, limit)
			a = mid + 1
		} else {
			balanced = right >= n/8
			pdqSort(data, mid+1, b, limit)
			b = mid
		}
	}
}

// partition moves the pivot to a and splits data[a+1:b] into the elements
// less than it and the rest, then puts it between them; it returns its index
// and whether no swap was needed.
func partition(data Interface, a, b, pivot int) (int, bool) {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for i <= j && data.Less(i, a) {
		i++
	}
	for i <= j && !data.Less(j, a) {
		j--
	}
	if i > j {
		data.Swap(j, a)
		return j, true
	}
	data.Swap(i, j)
	i++
	j--
	for {
		for i <= j && data.Less(i, a) {
			i++
		}
		for i <= j && !data.Less(j, a) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(j, a)
	return j, false
}

// partitionEqual moves the pivot to a and the elements not greater than it
// (equal, since data[a-1] is not less than it) to its side; it returns the
// index of the first greater one.
func partitionEqual(data Interface, a, b, pivot int) int {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for {
		for i <= j && !data.Less(a, i) {
			i++
		}
		for i <= j && data.Less(a, j) {
			j--
		}
		if i > j {
			return i
		}
		data.Swap(i, j)
		i++
		j--
	}
}

// partialInsertionSort fixes up to 5 out-of-order neighbours of a nearly
// sorted range (none in ranges under 50) and reports whether it is sorted.
func partialInsertionSort(data Interface, a, b int) bool {
	i := a + 1
	for step := 0; step < 5; step++ {
		for i < b && !data.Less(i, i-1) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < 50 {
			return false
		}
		data.Swap(i, i-1)
		if i-a >= 2 {
			for j := i - 1; j >= 1 && data.Less(j, j-1); j-- {
				data.Swap(j, j-1)
			}
		}
		if b-i >= 2 {
			for j := i + 1; j < b && data.Less(j, j-1); j++ {
				data.Swap(j, j-1)
			}
		}
	}
	return false
}

// breakPatterns swaps the three elements around the middle with positions
// drawn from a xorshift generator seeded with the length.
func breakPatterns(data Interface, a, b int) {
	n := b - a
	if n < 8 {
		return
	}
	r := uint64(n)
	mask := uint(1)<<uint(bitLen(n)) - 1
	mid := a + (n/4)*2
	for idx := mid - 1; idx <= mid+1; idx++ {
		r ^= r << 13
		r ^= r >> 17
		r ^= r << 5
		other := int(uint(r) & mask)
		if other >= n {
			other -= n
		}
		data.Swap(idx, a+other)
	}
}

// choosePivot picks the median of the elements at 1/4, 2/4 and 3/4 of the
// range (each first replaced by the median of it and its neighbours from 50
// elements up) and tells from the swaps the medians needed whether the
// range looks increasing or decreasing.
func choosePivot(data Interface, a, b int) (int, int) {
	n := b - a
	swaps := 0
	i, j, k := a+n/4, a+n/4*2, a+n/4*3
	if n >= 8 {
		if n >= 50 {
			i = medianOf3(data, i-1, i, i+1, &swaps)
			j = medianOf3(data, j-1, j, j+1, &swaps)
			k = medianOf3(data, k-1, k, k+1, &swaps)
		}
		j = medianOf3(data, i, j, k, &swaps)
	}
	if swaps == 0 {
		return j, hintIncreasing
	}
	if swaps == 12 {
		return j, hintDecreasing
	}
	return j, hintUnknown
}

// medianOf3 orders three indexes by their elements (counting the exchanges)
// and returns the middle one.
func medianOf3(data Interface, x, y, z int, swaps *int) int {
	if data.Less(y, x) {
		*swaps++
		x, y = y, x
	}
	if data.Less(z, y) {
		*swaps++
		y, z = z, y
	}
	if data.Less(y, x) {
		*swaps++
		x, y = y, x
	}
	return y
}

func reverseRange(data Interface, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}

// insertionSort sorts data[a:b] by moving each element left past the
// greater ones (stable).
func insertionSort(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// siftDown restores the max-heap property of data[first+lo:first+hi] below
// the root lo (heap indices relative to first).
func siftDown(data Interface, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && data.Less(first+child, first+child+1) {
			child++
		}
		if !data.Less(first+root, first+child) {
			return
		}
		data.Swap(first+root, first+child)
		root = child
	}
}

// heapSort sorts data[a:b]: build a max-heap, then move its root to the end.
func heapSort(data Interface, a, b int) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDown(data, i, n, a)
	}
	for i := n - 1; i >= 0; i-- {
		data.Swap(a, a+i)
		siftDown(data, 0, i, a)
	}
}

// ---- Stable -------------------------------------------------------------------

// Stable sorts data in ascending order as determined by its Less method,
// keeping equal elements in their original order.
func Stable(data Interface) {
	n := data.Len()
	const block = 20
	for a := 0; a < n; a += block {
		b := a + block
		if b > n {
			b = n
		}
		insertionSort(data, a, b)
	}
	for width := block; width < n; width *= 2 {
		for a := 0; a+width < n; a += 2 * width {
			b := a + 2*width
			if b > n {
				b = n
			}
			merge(data, a, a+width, b)
		}
	}
}

// merge merges the sorted runs data[a:m] and data[m:b] in place, stably:
// split the longer run at its middle element, find where that element
// goes in the other run, rotate the two middle pieces past each other, and
// merge the two halves that result.
func merge(data Interface, a, m, b int) {
	if a >= m || m >= b {
		return
	}
	if b-a == 2 {
		if data.Less(m, a) {
			data.Swap(a, m)
		}
		return
	}
	var cut1, cut2 int
	if m-a > b-m {
		cut1 = a + (m-a)/2
		cut2 = m + searchRange(m, b, func(k int) bool { return !data.Less(k, cut1) })
	} else {
		cut2 = m + (b-m)/2
		cut1 = a + searchRange(a, m, func(k int) bool { return data.Less(cut2, k) })
	}
	rotate(data, cut1, m, cut2)
	mid := cut1 + (cut2 - m)
	merge(data, a, cut1, mid)
	merge(data, mid, cut2, b)
}

// searchRange is Search over the indices [a, b): how many of them come
// before the first one satisfying f.
func searchRange(a, b int, f func(int) bool) int {
	return Search(b-a, func(i int) bool { return f(a + i) })
}

// rotate exchanges the blocks data[a:m] and data[m:b] by three reversals.
func rotate(data Interface, a, m, b int) {
	reverse(data, a, m)
	reverse(data, m, b)
	reverse(data, a, b)
}

func reverse(data Interface, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface {
	return &reverseOrder{data}
}

type reverseOrder struct {
	Interface
}

// Less returns the opposite of the embedded implementation's Less method.
func (r reverseOrder) Less(i, j int) bool {
	return r.Interface.Less(j, i)
}

// ---- Slices -------------------------------------------------------------------

// sliceLen is the length of the slice x holds, -1 if it holds no slice;
// swapElems swaps two of its elements; kindName names x's kind.
func sliceLen(x any) int
func swapElems(x any, i, j int)
func kindName(x any) string

// valueError is the panic of Slice on a value that is not a slice (Go's
// reflectlite.ValueError).
type valueError struct {
	method, kind string
}

func (e *valueError) Error() string {
	if e.kind == "" {
		return "reflect: call of " + e.method + " on zero Value"
	}
	return "reflect: call of " + e.method + " on " + e.kind + " Value"
}

// sliceSorter sorts the slice in x by the function less.
type sliceSorter struct {
	x    any
	less func(i, j int) bool
	n    int
}

func newSliceSorter(x any, less func(i, j int) bool) *sliceSorter {
	n := sliceLen(x)
	if n < 0 {
		panic(&valueError{"Swapper", kindName(x)})
	}
	return &sliceSorter{x, less, n}
}

func (s *sliceSorter) Len() int           { return s.n }
func (s *sliceSorter) Less(i, j int) bool { return s.less(i, j) }
func (s *sliceSorter) Swap(i, j int)      { swapElems(s.x, i, j) }

// Slice sorts the slice x given the function less; equal elements may end
// in any order. It panics if x is not a slice.
func Slice(x any, less func(i, j int) bool) {
	Sort(newSliceSorter(x, less))
}

// SliceStable sorts the slice x given less, keeping equal elements in their
// original order.
func SliceStable(x any, less func(i, j int) bool) {
	Stable(newSliceSorter(x, less))
}

// SliceIsSorted reports whether the slice x is sorted according to less.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	return IsSorted(newSliceSorter(x, less))
}

// IntSlice attaches the methods of Interface to []int, increasing order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { Sort(x) }
func (x IntSlice) Search(v int) int   { return SearchInts(x, v) }

// Float64Slice attaches the methods of Interface to []float64, increasing
// order, with NaNs before the other values.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }
func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j])
}
func (x Float64Slice) Swap(i, j int)        { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()                { Sort(x) }
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }

// StringSlice attaches the methods of Interface to []string, increasing
// order.
type StringSlice []string

func (x StringSlice) Len() int            { return len(x) }
func (x StringSlice) Less(i, j int) bool  { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)       { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()               { Sort(x) }
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }

// Ints sorts a slice of ints in increasing order.
func Ints(x []int) { Sort(IntSlice(x)) }

// Float64s sorts a slice of float64s in increasing order (NaNs first).
func Float64s(x []float64) { Sort(Float64Slice(x)) }

// Strings sorts a slice of strings in increasing order.
func Strings(x []string) { Sort(StringSlice(x)) }

// IntsAreSorted reports whether x is sorted in increasing order.
func IntsAreSorted(x []int) bool { return IsSorted(IntSlice(x)) }

// Float64sAreSorted reports whether x is sorted in increasing order.
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

// StringsAreSorted reports whether x is sorted in increasing order.
func StringsAreSorted(x []string) bool { return IsSorted(StringSlice(x)) }

// ---- Search -------------------------------------------------------------------

// Search returns the smallest index i in [0, n) at which f(i) is true,
// assuming f is false and then true over the range; n if there is none.
func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// SearchInts searches for x in a sorted slice of ints and returns the
// index where it is, or where it would be inserted.
func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchFloat64s is SearchInts for float64s.
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchStrings is SearchInts for strings.
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}
