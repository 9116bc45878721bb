package divmod

import "github.com/pyround/pyround/pydecimal"

// Context is Python's decimal-module context, pydecimal.Context.
//
// Deprecated: use pydecimal.Context, where it is documented; this alias
// is kept for one release for code written against package divmod.
type Context = pydecimal.Context

// DefaultContext returns Python's decimal.DefaultContext.
//
// Deprecated: use pydecimal.DefaultContext.
func DefaultContext() *Context { return pydecimal.DefaultContext() }

// ExactContext returns the context of pyround's exact decimal arithmetic.
//
// Deprecated: use pydecimal.ExactContext.
func ExactContext() *Context { return pydecimal.ExactContext() }
