package pybeam

import (
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
)

func init() { beam.RegisterType(reflect.TypeOf((*Failed)(nil)).Elem()) }

// Failed is one dead-letter element: an input Python would have rejected,
// as text, and why.
type Failed struct {
	Input string
	Error string
}
