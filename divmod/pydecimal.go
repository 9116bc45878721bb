package divmod

import "github.com/pyround/pyround/pydecimal"

// Context is Python's decimal-module context; it is pydecimal.Context,
// where it is documented, with the methods DivInt (//), Rem (%) and
// DivMod (divmod()) and the rest of Python's Decimal arithmetic. It is kept
// here for existing users of package divmod.
type Context = pydecimal.Context

// DefaultContext returns Python's decimal.DefaultContext (precision 28,
// ROUND_HALF_EVEN, Emin -999999, Emax 999999, traps InvalidOperation,
// DivisionByZero and Overflow); it is pydecimal.DefaultContext.
func DefaultContext() *Context { return pydecimal.DefaultContext() }

// ExactContext returns the context of pyround's exact decimal arithmetic
// (the CLI's --as decimal); it is pydecimal.ExactContext.
func ExactContext() *Context { return pydecimal.ExactContext() }
