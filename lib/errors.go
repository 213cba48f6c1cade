// Package errors: New, Is, As, Unwrap (LANGUAGE.md), written in mini-Go.
// The two questions Go's errors package asks reflect are C functions of
// runtime/errors.c, answered from type descriptors.
package errors

// errorString is the error New returns (%T prints *errors.errorString).
type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// New returns an error whose Error method returns text; each call returns a
// distinct value.
func New(text string) error {
	return &errorString{text}
}

// Unwrap returns the result of err's Unwrap method, or nil if it has none.
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether an error in err's chain matches target: equals it (if
// target's dynamic type is comparable) or has an Is method that says so.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	isComparable := comparable(target)
	for {
		if isComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		if err = Unwrap(err); err == nil {
			return false
		}
	}
}

// As finds the first error in err's chain that can be assigned to the
// variable target points to, sets it, and reports whether it found one; an
// As method may also say so.
func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	switch checkTarget(target) {
	case 1:
		panic("errors: target must be a non-nil pointer")
	case 2:
		panic("errors: *target must be interface or implement error")
	}
	for err != nil {
		if assignTo(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}

// comparable reports whether x's dynamic type is comparable (its descriptor
// has an equal function).
func comparable(x error) bool

// checkTarget says what As thinks of target: 0 a non-nil pointer to an
// interface type or to a type that implements error, 1 not a non-nil
// pointer, 2 a pointer to something else.
func checkTarget(target any) int

// assignTo stores err in *target if err's dynamic type is assignable to
// target's element type (identical to it, or implementing that interface).
func assignTo(err error, target any) bool
