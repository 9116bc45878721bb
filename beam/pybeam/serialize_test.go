package pybeam

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/runtime/graphx"
	v1pb "github.com/apache/beam/sdks/v2/go/pkg/beam/core/runtime/graphx/v1"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/typex"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/util/protox"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/util/reflectx"
	pipepb "github.com/apache/beam/sdks/v2/go/pkg/beam/model/pipeline_v1"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"google.golang.org/protobuf/proto"

	"github.com/pyround/pyround/pyops"
)

// makeElem and makeKV stand for any source of a DoFn's input in the
// pipelines roundTrip marshals: beam.TypeDefinition binds Y (and Z) to
// the DoFn's input types. They never run.
func makeElem(_ []byte, _ func(beam.Y))       {}
func makeKV(_ []byte, _ func(beam.Y, beam.Z)) {}

func init() {
	register.Function2x0(makeElem)
	register.Function2x0(makeKV)
}

// roundTrip returns dofn as a remote worker receives it: dofn is applied
// in a pipeline to a PCollection of its ProcessElement's main input (one
// type, or two for a KV; universal types bound to string), the pipeline
// is marshalled to its proto with graphx.Marshal as a runner is sent it,
// and the ParDo's DoFn payload is decoded back with graphx.DecodeMultiEdge,
// as the worker's harness decodes it. Any DoFn of the package (the record
// transforms' too) can be checked with it.
func roundTrip(t *testing.T, dofn any) any {
	t.Helper()
	p, s := beam.NewPipelineWithRoot()
	ins := mainInputs(t, dofn)
	impulse := beam.Impulse(s)
	var col beam.PCollection
	switch len(ins) {
	case 1:
		col = beam.ParDo(s, makeElem, impulse, beam.TypeDefinition{Var: beam.YType, T: ins[0]})
	case 2:
		col = beam.ParDo(s, makeKV, impulse, beam.TypeDefinition{Var: beam.YType, T: ins[0]}, beam.TypeDefinition{Var: beam.ZType, T: ins[1]})
	default:
		t.Fatalf("roundTrip: %T takes %d main inputs; want 1 or 2", dofn, len(ins))
	}
	if _, err := beam.TryParDo(s, dofn, col); err != nil {
		t.Fatalf("roundTrip: applying %T: %v", dofn, err)
	}
	var found []any
	for _, fn := range decodedDoFns(t, p) {
		if reflect.TypeOf(fn) == reflect.TypeOf(dofn) {
			found = append(found, fn)
		}
	}
	if len(found) != 1 {
		t.Fatalf("roundTrip: %d ParDos of %T in the marshalled pipeline, want 1", len(found), dofn)
	}
	return found[0]
}

// decodedDoFns marshals p to its pipeline proto and decodes each ParDo's
// DoFn back as a worker's harness does (exec.UnmarshalPlan): the structs
// a remote worker would run, in no particular order.
func decodedDoFns(t *testing.T, p *beam.Pipeline) []any {
	t.Helper()
	edges, _, err := p.Build()
	if err != nil {
		t.Fatal(err)
	}
	pipeline, err := graphx.Marshal(edges, &graphx.Options{Environment: &pipepb.Environment{Urn: graphx.URNEnvDocker}})
	if err != nil {
		t.Fatalf("marshalling the pipeline: %v", err)
	}
	var fns []any
	for _, tr := range pipeline.GetComponents().GetTransforms() {
		if tr.GetSpec().GetUrn() != graphx.URNParDo {
			continue
		}
		var pardo pipepb.ParDoPayload
		if err := proto.Unmarshal(tr.GetSpec().GetPayload(), &pardo); err != nil {
			t.Fatal(err)
		}
		var tp v1pb.TransformPayload
		if err := protox.DecodeBase64(string(pardo.GetDoFn().GetPayload()), &tp); err != nil {
			t.Fatal(err)
		}
		if tp.GetUrn() != graphx.URNDoFn {
			continue
		}
		_, fn, _, _, _, err := graphx.DecodeMultiEdge(tp.GetEdge())
		if err != nil {
			t.Fatalf("decoding %s: %v", tr.GetUniqueName(), err)
		}
		if fn.Recv != nil { // nil: a function, not a struct DoFn
			fns = append(fns, fn.Recv)
		}
	}
	return fns
}

var contextType = reflect.TypeFor[context.Context]()

// mainInputs returns the types of dofn's main input: the parameters of
// its ProcessElement before the first function (an emitter), after a
// context, universal types bound to string.
func mainInputs(t *testing.T, dofn any) []reflect.Type {
	m, ok := reflect.TypeOf(dofn).MethodByName("ProcessElement")
	if !ok {
		t.Fatalf("%T has no ProcessElement", dofn)
	}
	var ins []reflect.Type
	for i := 1; i < m.Type.NumIn(); i++ { // In(0) is the receiver
		p := m.Type.In(i)
		if p == contextType {
			continue
		}
		if p.Kind() == reflect.Func {
			break
		}
		if typex.IsUniversal(p) {
			p = reflectx.String
		}
		ins = append(ins, p)
	}
	return ins
}

// runOnce runs dofn as a worker does on one element: Setup, then
// ProcessElement on inputs (its main input's values), with emitters that
// record what they are given. It returns each emission as "emitter
// index: values".
func runOnce(t *testing.T, dofn any, inputs ...any) []string {
	t.Helper()
	if s, ok := dofn.(interface{ Setup() error }); ok {
		if err := s.Setup(); err != nil {
			t.Fatalf("%T.Setup: %v", dofn, err)
		}
	}
	pe := reflect.ValueOf(dofn).MethodByName("ProcessElement")
	var args []reflect.Value
	var emitted []string
	if pe.Type().NumIn() > 0 && pe.Type().In(0) == contextType {
		inputs = append([]any{context.Background()}, inputs...)
	}
	for _, x := range inputs {
		args = append(args, reflect.ValueOf(x))
	}
	for i := len(inputs); i < pe.Type().NumIn(); i++ {
		emitter := i - len(inputs)
		args = append(args, reflect.MakeFunc(pe.Type().In(i), func(vals []reflect.Value) []reflect.Value {
			out := fmt.Sprint(emitter, ":")
			for _, v := range vals {
				out += fmt.Sprintf(" %#v", v.Interface())
			}
			emitted = append(emitted, out)
			return nil
		}))
	}
	pe.Call(args)
	return emitted
}

// TestSerialize checks that every DoFn, as a remote worker decodes it,
// holds its Spec intact and computes what the original does.
func TestSerialize(t *testing.T) {
	for _, c := range []struct {
		dofn   any
		inputs [][]any
	}{
		{&valueFn{Spec: pyops.Spec{Op: "round", N: "2", Mode: "half-up", As: "decimal"}}, [][]any{{"2.675"}, {2.675}, {int64(7)}, {"abc"}, {" "}}},
		{&valueFn{Spec: pyops.Spec{Op: "round", Cash: "CHF"}}, [][]any{{1.024}}},
		{&valueFn{Spec: pyops.Spec{Op: "bin", Width: "10", Origin: "5", Label: "range"}}, [][]any{{int64(-3)}}},
		{&valueFn{Spec: pyops.Spec{Op: "hms", Format: "iso"}}, [][]any{{3599.5}}},
		{&valueFn{Spec: pyops.Spec{Op: "format", Format: ",.2f"}}, [][]any{{"1234567.125"}}},
		{&valueFn{Spec: pyops.Spec{Op: "mod", As: "decimal"}, By: "0.05"}, [][]any{{"1.23"}, {0.0}}},
		{&pairFn{Spec: pyops.Spec{Op: "divmod"}}, [][]any{{"7", "-2"}, {1.5, int64(0)}}},
		{&shardFn{Spec: pyops.Spec{Op: "shard", Parts: "16", Hash: "md5"}}, [][]any{{"user-42"}, {int64(7)}}},
		{&floatFn{Spec: pyops.Spec{Op: "round", Increment: "0.05", Mode: "half-up"}}, [][]any{{1.125}}},
		{&floatFn{Spec: pyops.Spec{Op: "floordiv"}, By: "0.0"}, [][]any{{1.125}}},
		{&rewriteFn{Spec: pyops.Spec{Op: "round", N: "2"}, Records: Records{Format: "csv", Columns: []string{"price"}, Into: "r"}, Header: "id,price"}, [][]any{{"1,2.675"}, {"2,\"1e400\"\r"}}},
		{&rewriteFn{Spec: pyops.Spec{Op: "round", N: "1"}, Records: Records{Format: "csv", Columns: []string{"2"}, QuotedLineBreaks: true}}, [][]any{{"\"a\nb\",2.25"}, {"\"x\r\n\"\"y\"\"\",0.05\r"}}},
		{&placeFn{Spec: pyops.Spec{Op: "shard", Parts: "4"}, Records: Records{Format: "jsonl", Columns: []string{"/user/id"}}}, [][]any{{`{"user": {"id": "u-7"}}`}}},
	} {
		got := roundTrip(t, c.dofn)
		if !reflect.DeepEqual(got, c.dofn) {
			t.Errorf("%T after serialization: %+v, want %+v", c.dofn, got, c.dofn)
			continue
		}
		for _, in := range c.inputs {
			want, have := runOnce(t, c.dofn, in...), runOnce(t, got, in...)
			if !reflect.DeepEqual(have, want) || len(want) != 1 {
				t.Errorf("%T %+v on %v: decoded gives %q, original %q (want one emission)", c.dofn, c.dofn, in, have, want)
			}
			t.Logf("%T on %v: %q", c.dofn, in, have)
		}
	}
}
