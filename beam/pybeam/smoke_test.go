package pybeam

import (
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
)

func double(x int) int { return 2 * x }

func init() { register.Function1x1(double) }

func TestMain(m *testing.M) { ptest.MainWithDefault(m, "prism") }

func TestSmoke(t *testing.T) {
	p, s := beam.NewPipelineWithRoot()
	out := beam.ParDo(s, double, beam.Create(s, 1, 2, 3))
	passert.Equals(s, out, 2, 4, 6)
	ptest.RunAndValidate(t, p)
}
