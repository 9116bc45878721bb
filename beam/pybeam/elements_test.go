package pybeam

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/pyround/pyround/convert"
	"github.com/pyround/pyround/internal/oracle"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyops"
)

// The tests build PCollection<KV<A, B>> from strings holding both sides
// (side's encoding), one function a pair of element types.
func init() {
	register.Function1x2(kvFF)
	register.Function1x2(kvII)
	register.Function1x2(kvSS)
	register.Function1x2(kvFI)
	register.Function1x2(kvIS)
	register.Function1x2(kvSF)
	register.Function2x1(shardLine)
}

func kvFF(p string) (float64, float64) { return side[float64](p, 0), side[float64](p, 1) }
func kvII(p string) (int64, int64)     { return side[int64](p, 0), side[int64](p, 1) }
func kvSS(p string) (string, string)   { return side[string](p, 0), side[string](p, 1) }
func kvFI(p string) (float64, int64)   { return side[float64](p, 0), side[int64](p, 1) }
func kvIS(p string) (int64, string)    { return side[int64](p, 0), side[string](p, 1) }
func kvSF(p string) (string, float64)  { return side[string](p, 0), side[float64](p, 1) }

// shardLine prints a KV of ShardKeys for passert, which compares no KVs.
func shardLine(shard int, key string) string { return strconv.Itoa(shard) + " " + key }

// encodePair writes a pair as one string: its sides, separated by NUL,
// floats in Go's exact shortest form.
func encodePair(a, b any) string {
	enc := func(x any) string {
		switch v := x.(type) {
		case float64:
			return strconv.FormatFloat(v, 'g', -1, 64)
		case int64:
			return strconv.FormatInt(v, 10)
		}
		return x.(string)
	}
	return enc(a) + "\x00" + enc(b)
}

// side reads side i of an encodePair string as a T.
func side[T float64 | int64 | string](p string, i int) T {
	text := strings.Split(p, "\x00")[i]
	var v any
	switch any(*new(T)).(type) {
	case float64:
		v, _ = strconv.ParseFloat(text, 64)
	case int64:
		v, _ = strconv.ParseInt(text, 10, 64)
	default:
		v = text
	}
	return v.(T)
}

// pythonText is an element's text as the transforms' contract reads it:
// a float's repr, an int's decimal, a string itself.
func pythonText(x any) string {
	switch v := x.(type) {
	case float64:
		return pyfmt.Repr(v)
	case int64:
		return strconv.FormatInt(v, 10)
	}
	return x.(string)
}

// genFloats returns n floats: Python's rounding corners (ties of binary
// floats, their neighbours one ulp away, zeros of both signs, NaN, the
// infinities, subnormals, the extremes) and random floats of every
// magnitude and of few decimals.
func genFloats(rng *rand.Rand, n int) []any {
	fixed := []float64{
		2.675, 0.125, 0.375, 2.5, 0.5, 1.5, -2.5, 1.005, 0.05, 1.15, 2.345, 1e300, -1e300, 1e16, 123456789.125,
		math.MaxFloat64, math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64, 2.2250738585072014e-308 / 3,
		0, math.Copysign(0, -1), math.NaN(), math.Inf(1), math.Inf(-1), 5.0, -7.0, 3599.9999, 86399.5, 59.99999999,
	}
	var out []any
	for _, x := range fixed {
		out = append(out, x, math.Nextafter(x, math.Inf(1)), math.Nextafter(x, math.Inf(-1)))
	}
	for len(out) < n {
		var x float64
		switch rng.Intn(4) {
		case 0: // a few decimals, often a tie in decimal
			x = float64(rng.Int63n(2_000_000)-1_000_000) / 1000
		case 1: // a tie at the third place, one ulp beside it or not
			x = math.Nextafter(float64(rng.Int63n(200_000)-100_000)/100+0.005, float64(rng.Intn(3)-1)*math.Inf(1))
		case 2: // any magnitude
			x = rng.NormFloat64() * math.Pow(10, float64(rng.Intn(40)-20))
		default: // any bits
			x = math.Float64frombits(rng.Uint64())
		}
		out = append(out, x)
	}
	return out
}

// genInts returns n int64s: the extremes, past 2**53, and random ones of
// every size.
func genInts(rng *rand.Rand, n int) []any {
	var out []any
	for _, x := range []int64{0, 1, -1, 5, -7, 25, 125, 3600, 1<<53 + 1, -(1<<53 + 1), math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1} {
		out = append(out, x)
	}
	for len(out) < n {
		out = append(out, rng.Int63()>>rng.Intn(63)*int64(1-2*rng.Intn(2)))
	}
	return out
}

// genTexts returns n number texts as Python reads them, and some it
// refuses: big ints, exponents past float's range, white space,
// underscores, special values, blanks.
func genTexts(rng *rand.Rand, n int) []any {
	var out []any
	for _, s := range []string{
		"1e400", "-1e400", "  3.5 ", "1_000", "abc", "", "   ", "\t", "nan", "-inf", "Infinity", "2.675", "0.125",
		"123456789012345678901234567890", "-98765432109876543210.5", "1.005", "-0", "-0.0", "0.05", "1e-400", "5",
		"1__0", "0x10", "1e5", "٣", "3599.5", "2024-05-06T07:08:09", "1e999999999",
	} {
		out = append(out, s)
	}
	for len(out) < n {
		switch rng.Intn(3) {
		case 0:
			out = append(out, strconv.FormatInt(rng.Int63n(2_000_000)-1_000_000, 10)+"."+strconv.Itoa(rng.Intn(1000)))
		case 1:
			out = append(out, strconv.FormatInt(rng.Int63(), 10)+strconv.FormatInt(rng.Int63(), 10))
		default:
			out = append(out, strconv.FormatFloat(rng.NormFloat64()*1e6, 'g', -1, 64))
		}
	}
	return out
}

// want computes with pyops directly what a transform of spec must give
// for elems (each an element, or a [2]any pair), by the right operand by
// ("" for none): results and dead letters, as passert takes them. A
// float result (asFloat) is strconv.ParseFloat of Python's repr.
func want(t *testing.T, spec pyops.Spec, by string, elems []any, asFloat bool) (results, failed []any) {
	t.Helper()
	op, err := spec.Build()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range elems {
		var out []byte
		var input string
		switch {
		case op.Shard != nil:
			input = pythonText(e)
			shard, err := op.Shard.Of([]byte(input))
			if err != nil {
				failed = append(failed, Failed{input, err.Error()})
			} else {
				results = append(results, shardLine(shard, input))
			}
			continue
		case op.Pair != nil && by == "":
			p := e.([2]any)
			a, b := pythonText(p[0]), pythonText(p[1])
			if blankText(p[0]) || blankText(p[1]) {
				results = append(results, "")
				continue
			}
			input = a + ", " + b
			out, err = op.Pair(nil, []byte(a), []byte(b))
		case blankText(e):
			results = append(results, "")
			continue
		case op.Pair != nil:
			input = pythonText(e)
			out, err = op.Pair(nil, []byte(input), []byte(by))
		default:
			input = pythonText(e)
			out, err = op.Value(nil, []byte(input))
		}
		switch {
		case err != nil:
			failed = append(failed, Failed{input, err.Error()})
		case asFloat:
			f, err := strconv.ParseFloat(string(out), 64)
			if err != nil {
				t.Fatalf("%s of %s: %q is not a float: %v", spec.Op, input, out, err)
			}
			if math.IsNaN(f) {
				f = pythonNaN // repr keeps no NaN's sign or payload
			}
			results = append(results, f)
		default:
			results = append(results, string(out))
		}
	}
	return results, failed
}

// pythonNaN is float('nan') in CPython, and so float(repr(x)) of every
// NaN x: struct.pack('>d', float('nan')).hex() is 7ff8000000000000
// (TestLive checks ApplyFloat64's NaN against it), where Go's math.NaN()
// sets the lowest bit too.
var pythonNaN = math.Float64frombits(0x7ff8000000000000)

func blankText(x any) bool {
	s, ok := x.(string)
	return ok && pyops.Blank([]byte(s))
}

// check adds the asserts that results and failed are what want computes.
func check(t *testing.T, s beam.Scope, spec pyops.Spec, by string, elems []any, asFloat bool, results, failed beam.PCollection) {
	t.Helper()
	r, f := want(t, spec, by, elems, asFloat)
	passert.Equals(s, results, r...)
	passert.Equals(s, failed, f...)
	t.Logf("%s %+v by %q: %d elements, %d results, %d failed", results.Type(), spec, by, len(elems), len(r), len(f))
}

// valueSpecs are the one-operand operations the tests run.
var valueSpecs = []pyops.Spec{
	{Op: "round", N: "2"},
	{Op: "round", N: "2", Mode: "half-up", As: "decimal"},
	{Op: "round"},
	{Op: "round", N: "-1", Mode: "05up"},
	{Op: "round", Increment: "0.05"},
	{Op: "round", Cash: "CHF", Mode: "half-up"},
	{Op: "format", Format: ",.2f"},
	{Op: "hms"},
	{Op: "bin", Width: "10"},
	{Op: "bin", Width: "0.5", Label: "range", As: "decimal"},
}

func TestApply(t *testing.T) {
	rng := rand.New(rand.NewSource(oracle.Seed(t)))
	n := oracle.CaseCount(t, 1500)
	floats, ints, texts := genFloats(rng, n), genInts(rng, n), genTexts(rng, n)
	p, s := beam.NewPipelineWithRoot()
	cols := []struct {
		elems []any
		col   beam.PCollection
	}{{floats, beam.Create(s, floats...)}, {ints, beam.Create(s, ints...)}, {texts, beam.Create(s, texts...)}}
	for _, spec := range valueSpecs {
		for _, c := range cols {
			results, failed, err := Apply(s, spec, c.col)
			if err != nil {
				t.Fatalf("Apply(%+v): %v", spec, err)
			}
			check(t, s, spec, "", c.elems, false, results, failed)
		}
	}
	ptest.RunAndValidate(t, p)
}

// genPairs returns pairs of each element type, with zero divisors of
// every kind.
func genPairs(rng *rand.Rand, n int) map[string][]any {
	floats, ints, texts := genFloats(rng, n), genInts(rng, n), genTexts(rng, n)
	pick := func(list []any) any {
		if rng.Intn(8) == 0 { // a zero of the list's kind
			switch list[0].(type) {
			case float64:
				return 0.0
			case int64:
				return int64(0)
			}
			return "0"
		}
		return list[rng.Intn(len(list))]
	}
	kinds := map[string][2][]any{
		"FF": {floats, floats}, "II": {ints, ints}, "SS": {texts, texts},
		"FI": {floats, ints}, "IS": {ints, texts}, "SF": {texts, floats},
	}
	out := map[string][]any{}
	for name, k := range kinds {
		for range n {
			a, b := pick(k[0]), pick(k[1])
			if _, ok := k[0][0].(string); ok {
				a = pythonText(a)
			}
			if _, ok := k[1][0].(string); ok {
				b = pythonText(b)
			}
			out[name] = append(out[name], [2]any{a, b})
		}
	}
	return out
}

// pairCol is the PCollection<KV<A, B>> of pairs of kind name.
func pairCol(s beam.Scope, name string, pairs []any) beam.PCollection {
	lines := make([]any, len(pairs))
	for i, p := range pairs {
		lines[i] = encodePair(p.([2]any)[0], p.([2]any)[1])
	}
	fn := map[string]any{"FF": kvFF, "II": kvII, "SS": kvSS, "FI": kvFI, "IS": kvIS, "SF": kvSF}[name]
	return beam.ParDo(s, fn, beam.Create(s, lines...))
}

var pairSpecs = []pyops.Spec{{Op: "floordiv"}, {Op: "mod"}, {Op: "divmod"}, {Op: "mod", As: "decimal"}}

func TestApplyPairs(t *testing.T) {
	rng := rand.New(rand.NewSource(oracle.Seed(t)))
	pairs := genPairs(rng, oracle.CaseCount(t, 600))
	p, s := beam.NewPipelineWithRoot()
	for name, list := range pairs {
		col := pairCol(s, name, list)
		for _, spec := range pairSpecs {
			results, failed, err := ApplyPairs(s, spec, col)
			if err != nil {
				t.Fatalf("ApplyPairs(%+v) on %s: %v", spec, name, err)
			}
			check(t, s, spec, "", list, false, results, failed)
		}
	}
	ptest.RunAndValidate(t, p)
}

func TestApplyBy(t *testing.T) {
	rng := rand.New(rand.NewSource(oracle.Seed(t)))
	n := oracle.CaseCount(t, 1000)
	floats, ints, texts := genFloats(rng, n), genInts(rng, n), genTexts(rng, n)
	p, s := beam.NewPipelineWithRoot()
	for _, c := range []struct {
		spec pyops.Spec
		by   string
	}{
		{pyops.Spec{Op: "floordiv"}, "0.05"}, {pyops.Spec{Op: "mod"}, "60"}, {pyops.Spec{Op: "divmod"}, "-7"},
		{pyops.Spec{Op: "mod"}, "0"}, {pyops.Spec{Op: "floordiv", As: "decimal"}, "0.05"}, {pyops.Spec{Op: "divmod", As: "decimal"}, "0"},
	} {
		for _, elems := range [][]any{floats, ints, texts} {
			results, failed, err := ApplyBy(s, c.spec, c.by, beam.Create(s, elems...))
			if err != nil {
				t.Fatalf("ApplyBy(%+v, %q): %v", c.spec, c.by, err)
			}
			check(t, s, c.spec, c.by, elems, false, results, failed)
		}
	}
	ptest.RunAndValidate(t, p)
}

func TestShardKeys(t *testing.T) {
	rng := rand.New(rand.NewSource(oracle.Seed(t)))
	n := oracle.CaseCount(t, 1500)
	keys := append(genTexts(rng, n), "", " ", "user-42", "ключ")
	ints := genInts(rng, n)
	p, s := beam.NewPipelineWithRoot()
	for _, spec := range []pyops.Spec{{Op: "shard", Parts: "16"}, {Op: "shard", Parts: "7", Hash: "sha256"}, {Op: "shard", Parts: "3", Hash: "none"}} {
		for _, elems := range [][]any{keys, ints} {
			keyed, failed, err := ShardKeys(s, spec, beam.Create(s, elems...))
			if err != nil {
				t.Fatalf("ShardKeys(%+v): %v", spec, err)
			}
			check(t, s, spec, "", elems, false, beam.ParDo(s, shardLine, keyed), failed)
		}
	}
	ptest.RunAndValidate(t, p)
}

func TestApplyFloat64(t *testing.T) {
	rng := rand.New(rand.NewSource(oracle.Seed(t)))
	floats := genFloats(rng, oracle.CaseCount(t, 2000))
	p, s := beam.NewPipelineWithRoot()
	col := beam.Create(s, floats...)
	for _, spec := range []pyops.Spec{
		{Op: "round", N: "2"}, {Op: "round", N: "-2", Mode: "ceiling", As: "float"}, {Op: "round", Increment: "0.05"},
		{Op: "round", Cash: "CHF"}, {Op: "bin", Width: "10"}, {Op: "bin", Width: "0.1", Origin: "0.05", Label: "lower"},
	} {
		results, failed, err := ApplyFloat64(s, spec, col)
		if err != nil {
			t.Fatalf("ApplyFloat64(%+v): %v", spec, err)
		}
		check(t, s, spec, "", floats, true, results, failed)
	}
	for _, c := range []struct {
		op string
		by float64
	}{{"floordiv", 0.05}, {"mod", 60}, {"mod", 0}, {"floordiv", math.Copysign(0, -1)}, {"mod", -0.3}, {"floordiv", math.Inf(1)}} {
		spec := pyops.Spec{Op: c.op}
		results, failed, err := ApplyFloat64By(s, spec, c.by, col)
		if err != nil {
			t.Fatalf("ApplyFloat64By(%+v, %v): %v", spec, c.by, err)
		}
		check(t, s, spec, pyfmt.Repr(c.by), floats, true, results, failed)
	}
	ptest.RunAndValidate(t, p)
}

// TestConstructionErrors checks that what a worker could not run is an
// error where the pipeline is built.
func TestConstructionErrors(t *testing.T) {
	_, s := beam.NewPipelineWithRoot()
	floats := beam.Create(s, 1.5)
	texts := beam.Create(s, "1.5")
	bools := beam.Create(s, true)
	kv := pairCol(s, "FF", []any{[2]any{1.5, 2.0}})
	type transform func(beam.Scope, pyops.Spec, beam.PCollection) (beam.PCollection, beam.PCollection, error)
	by := func(text string) transform {
		return func(s beam.Scope, spec pyops.Spec, col beam.PCollection) (beam.PCollection, beam.PCollection, error) {
			return ApplyBy(s, spec, text, col)
		}
	}
	float64By := func(x float64) transform {
		return func(s beam.Scope, spec pyops.Spec, col beam.PCollection) (beam.PCollection, beam.PCollection, error) {
			return ApplyFloat64By(s, spec, x, col)
		}
	}
	for _, c := range []struct {
		name string
		f    transform
		spec pyops.Spec
		col  beam.PCollection
		msg  string
	}{
		{"bad mode", Apply, pyops.Spec{Op: "round", Mode: "nearest"}, floats, "invalid -m"},
		{"unknown op", Apply, pyops.Spec{Op: "sqrt"}, floats, "operation"},
		{"pair op", Apply, pyops.Spec{Op: "mod"}, floats, "ApplyPairs"},
		{"shard op", Apply, pyops.Spec{Op: "shard", Parts: "4"}, texts, "ShardKeys"},
		{"bool elements", Apply, pyops.Spec{Op: "round"}, bools, "bool"},
		{"KV to Apply", Apply, pyops.Spec{Op: "round"}, kv, "KV"},
		{"value op to ApplyPairs", ApplyPairs, pyops.Spec{Op: "round"}, kv, "use Apply"},
		{"no KV to ApplyPairs", ApplyPairs, pyops.Spec{Op: "mod"}, floats, "KV"},
		{"bad by", by("sixty"), pyops.Spec{Op: "mod"}, floats, "could not convert"},
		{"blank by", by(" "), pyops.Spec{Op: "mod"}, floats, "right operand"},
		{"bad decimal by", by("1/2"), pyops.Spec{Op: "mod", As: "decimal"}, floats, "right operand"},
		{"value op to ApplyBy", by("2"), pyops.Spec{Op: "hms"}, floats, "use Apply"},
		{"float as to mod", by("2"), pyops.Spec{Op: "mod", As: "float"}, floats, "--as"},
		{"shard of floats", ShardKeys, pyops.Spec{Op: "shard", Parts: "4"}, floats, "float64"},
		{"shard without parts", ShardKeys, pyops.Spec{Op: "shard"}, texts, "--parts"},
		{"round to ShardKeys", ShardKeys, pyops.Spec{Op: "round"}, texts, "use Apply"},
		{"float64 round without n", ApplyFloat64, pyops.Spec{Op: "round"}, floats, "int"},
		{"float64 decimal", ApplyFloat64, pyops.Spec{Op: "round", N: "2", As: "decimal"}, floats, "Decimal"},
		{"float64 format", ApplyFloat64, pyops.Spec{Op: "format", Format: ".2f"}, floats, "text"},
		{"float64 hms", ApplyFloat64, pyops.Spec{Op: "hms"}, floats, "text"},
		{"float64 bin index", ApplyFloat64, pyops.Spec{Op: "bin", Width: "2", Label: "index"}, floats, "label"},
		{"float64 of strings", ApplyFloat64, pyops.Spec{Op: "round", N: "2"}, texts, "float64"},
		{"float64 pair op", ApplyFloat64, pyops.Spec{Op: "mod"}, floats, "ApplyPairs"},
		{"float64 divmod", float64By(2), pyops.Spec{Op: "divmod"}, floats, "tuple"},
		{"float64 decimal mod", float64By(2), pyops.Spec{Op: "mod", As: "decimal"}, floats, "Decimal"},
	} {
		_, _, err := c.f(s, c.spec, c.col)
		if err == nil || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("%s: got error %v, want one containing %q", c.name, err, c.msg)
		}
	}
}

// TestLive runs a handful of values of each operation through the
// transforms and compares them with CPython's own answers (the oracle:
// under CI=true a missing python3 fails the test).
func TestLive(t *testing.T) {
	o := oracle.Start(t)
	floats := []any{2.675, 0.125, 5.0, -0.0, math.NaN(), math.Inf(-1), 1e300, 5e-324, 3599.5, math.Nextafter(2.675, 3)}
	ints := []any{int64(25), int64(-7), int64(math.MaxInt64), int64(math.MinInt64), int64(1<<53 + 1), int64(0)}
	texts := []any{"1e400", "  3.5 ", "1_000", "abc", "", "2.675", "123456789012345678901234567890", "nan", "0"}
	chf, err := convert.CashIncrement("CHF")
	if err != nil {
		t.Fatal(err)
	}
	// oracleArgs is the oracle's request for spec on the texts of an
	// element (and its right operand).
	oracleArgs := func(spec pyops.Spec, text ...string) (string, []string) {
		as := spec.As
		if as == "" {
			as = "auto"
		}
		modeName := strings.ToUpper(strings.ReplaceAll(map[bool]string{true: "half-even", false: spec.Mode}[spec.Mode == ""], "-", "_"))
		switch {
		case spec.Op == "round" && (spec.Increment != "" || spec.Cash != ""):
			inc := spec.Increment
			if spec.Cash != "" {
				inc = chf
			}
			return "roundinc", []string{as, text[0], inc, modeName}
		case spec.Op == "round":
			return "round", []string{as, text[0], spec.N, modeName}
		case spec.Op == "format":
			return "format", []string{as, spec.Format, text[0]}
		case spec.Op == "hms":
			return "hms", []string{as, text[0], "python"}
		case spec.Op == "bin":
			label := spec.Label
			if label == "" {
				label = "lower"
			}
			return "bin", []string{as, spec.Width, spec.Origin, label, text[0]}
		case spec.Op == "shard":
			return "shard", []string{"crc32", spec.Parts, text[0]}
		}
		return spec.Op, []string{as, text[0], text[1]}
	}
	// python gives CPython's results and dead letters for elems.
	python := func(spec pyops.Spec, by string, elems []any) (results, failed []any) {
		for _, e := range elems {
			var text []string
			var input string
			if p, ok := e.([2]any); ok {
				text = []string{pythonText(p[0]), pythonText(p[1])}
				input = text[0] + ", " + text[1]
			} else if text, input = []string{pythonText(e)}, pythonText(e); by != "" {
				text = append(text, by)
			}
			if spec.Op != "shard" && (blankText(text[0]) || len(text) > 1 && blankText(text[1])) {
				results = append(results, "")
				continue
			}
			op, args := oracleArgs(spec, text...)
			got, err := o.Eval(op, args...)
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case strings.HasPrefix(got, "!"):
				failed = append(failed, Failed{input, got[1:]})
			case spec.Op == "shard":
				results = append(results, got+" "+input)
			default:
				results = append(results, got)
			}
		}
		return results, failed
	}
	p, s := beam.NewPipelineWithRoot()
	for _, spec := range valueSpecs {
		for _, elems := range [][]any{floats, ints, texts} {
			results, failed, err := Apply(s, spec, beam.Create(s, elems...))
			if err != nil {
				t.Fatal(err)
			}
			r, f := python(spec, "", elems)
			passert.Equals(s, results, r...)
			passert.Equals(s, failed, f...)
		}
	}
	pairs := []any{[2]any{"7", "2"}, [2]any{"-7", "2"}, [2]any{"7.5", "-2"}, [2]any{"1", "0"}, [2]any{"1.0", "0"}, [2]any{"1e400", "3"}, [2]any{"", "2"}}
	floatPairs := []any{[2]any{2.675, 0.05}, [2]any{-0.0, 1.0}, [2]any{5.0, 0.0}, [2]any{1e300, 1e-300}, [2]any{math.Inf(1), 2.0}}
	for _, spec := range pairSpecs {
		for _, kind := range []struct {
			name  string
			pairs []any
		}{{"SS", pairs}, {"FF", floatPairs}} {
			results, failed, err := ApplyPairs(s, spec, pairCol(s, kind.name, kind.pairs))
			if err != nil {
				t.Fatal(err)
			}
			r, f := python(spec, "", kind.pairs)
			passert.Equals(s, results, r...)
			passert.Equals(s, failed, f...)
		}
		for _, by := range []string{"0.05", "0"} {
			results, failed, err := ApplyBy(s, spec, by, beam.Create(s, floats...))
			if err != nil {
				t.Fatal(err)
			}
			r, f := python(spec, by, floats)
			passert.Equals(s, results, r...)
			passert.Equals(s, failed, f...)
		}
	}
	// ApplyFloat64's floats, bit for bit: float(repr(round(x, 2))) and
	// x // 0.05 as CPython holds them.
	reprs := make([]string, len(floats))
	for i, x := range floats {
		reprs[i] = pythonText(x)
	}
	col := beam.Create(s, floats...)
	for _, c := range []struct {
		expr string
		run  func() (beam.PCollection, beam.PCollection, error)
	}{
		{"round(x, 2)", func() (beam.PCollection, beam.PCollection, error) {
			return ApplyFloat64(s, pyops.Spec{Op: "round", N: "2"}, col)
		}},
		{"x // 0.05", func() (beam.PCollection, beam.PCollection, error) {
			return ApplyFloat64By(s, pyops.Spec{Op: "floordiv"}, 0.05, col)
		}},
	} {
		results, failed, err := c.run()
		if err != nil {
			t.Fatal(err)
		}
		script := "import struct, sys\nfor line in sys.stdin:\n    x = float(line)\n" +
			"    print(struct.pack('>d', float(repr(" + c.expr + "))).hex())\n"
		var want []any
		for _, hex := range o.RunScript(t, script, reprs) {
			bits, err := strconv.ParseUint(hex, 16, 64)
			if err != nil {
				t.Fatal(err)
			}
			want = append(want, math.Float64frombits(bits))
		}
		passert.Equals(s, results, want...)
		passert.Empty(s, failed)
	}
	shard := pyops.Spec{Op: "shard", Parts: "16"}
	keyed, failed, err := ShardKeys(s, shard, beam.Create(s, texts...))
	if err != nil {
		t.Fatal(err)
	}
	r, f := python(shard, "", texts)
	passert.Equals(s, beam.ParDo(s, shardLine, keyed), r...)
	passert.Equals(s, failed, f...)
	ptest.RunAndValidate(t, p)
}

// dofnCases are DoFns and an element each, boxed once as Beam's runtime
// holds an element, for the allocation test and the benchmarks.
var dofnCases = []struct {
	name string
	dofn interface{ Setup() error }
	in   []any
}{
	{"round-float", &valueFn{Spec: pyops.Spec{Op: "round", N: "2"}}, []any{2.675}},
	{"round-text", &valueFn{Spec: pyops.Spec{Op: "round", N: "2"}}, []any{"2.675"}},
	{"round-int", &valueFn{Spec: pyops.Spec{Op: "round", N: "-1"}}, []any{int64(125)}},
	{"round-decimal-half-up", &valueFn{Spec: pyops.Spec{Op: "round", N: "2", Mode: "half-up", As: "decimal"}}, []any{"2.675"}},
	{"cash-CHF", &valueFn{Spec: pyops.Spec{Op: "round", Cash: "CHF"}}, []any{1.024}},
	{"format", &valueFn{Spec: pyops.Spec{Op: "format", Format: ",.2f"}}, []any{1234567.125}},
	{"hms", &valueFn{Spec: pyops.Spec{Op: "hms"}}, []any{3599.5}},
	{"bin", &valueFn{Spec: pyops.Spec{Op: "bin", Width: "10"}}, []any{37.5}},
	{"mod-by", &valueFn{Spec: pyops.Spec{Op: "mod"}, By: "60"}, []any{int64(3725)}},
	{"divmod-pair", &pairFn{Spec: pyops.Spec{Op: "divmod"}}, []any{7.5, int64(-2)}},
	{"shard-text", &shardFn{Spec: pyops.Spec{Op: "shard", Parts: "16"}}, []any{"user-42"}},
	{"float64-round", &floatFn{Spec: pyops.Spec{Op: "round", N: "2"}}, []any{2.675}},
	{"float64-floordiv", &floatFn{Spec: pyops.Spec{Op: "floordiv"}, By: "0.05"}, []any{2.675}},
}

// process returns a function that runs dofn's ProcessElement once on in,
// its emitters discarding what they are given.
func process(dofn any, in []any) func() {
	switch f := dofn.(type) {
	case *valueFn:
		return func() { f.ProcessElement(in[0], func(string) {}, func(Failed) {}) }
	case *pairFn:
		return func() { f.ProcessElement(in[0], in[1], func(string) {}, func(Failed) {}) }
	case *shardFn:
		return func() { f.ProcessElement(in[0], func(int, string) {}, func(Failed) {}) }
	case *floatFn:
		x := in[0].(float64)
		return func() { f.ProcessElement(x, func(float64) {}, func(Failed) {}) }
	}
	panic(fmt.Sprintf("process: %T", dofn))
}

// TestAllocs checks that an element costs at most the one allocation of
// the string handed to Beam: none for a float result or a string key.
func TestAllocs(t *testing.T) {
	for _, c := range dofnCases {
		if err := c.dofn.Setup(); err != nil {
			t.Fatal(err)
		}
		run := process(c.dofn, c.in)
		max := 1.0
		switch c.dofn.(type) {
		case *floatFn, *shardFn:
			max = 0
		}
		if got := testing.AllocsPerRun(200, run); got > max {
			t.Errorf("%s: %v allocations per element, want at most %v", c.name, got, max)
		}
	}
}

func BenchmarkProcessElement(b *testing.B) {
	for _, c := range dofnCases {
		b.Run(c.name, func(b *testing.B) {
			if err := c.dofn.Setup(); err != nil {
				b.Fatal(err)
			}
			run := process(c.dofn, c.in)
			b.ReportAllocs()
			for b.Loop() {
				run()
			}
		})
	}
}

func init() { register.Function1x1(formatG) }

// formatG is the baseline of BenchmarkPipeline: a float printed by Go,
// Beam's cost of a ParDo from float64 to string with no Python in it.
func formatG(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }

// BenchmarkPipeline runs 100,000 floats through Apply (round to 2
// places) on prism, and through a ParDo of formatG as the baseline in
// the same run; it reports elements per second.
func BenchmarkPipeline(b *testing.B) {
	floats := genFloats(rand.New(rand.NewSource(1)), 100_000)
	for _, c := range []struct {
		name  string
		apply func(s beam.Scope, col beam.PCollection)
	}{
		{"baseline-formatG", func(s beam.Scope, col beam.PCollection) { beam.ParDo(s, formatG, col) }},
		{"Apply-round-2", func(s beam.Scope, col beam.PCollection) {
			if _, _, err := Apply(s, pyops.Spec{Op: "round", N: "2"}, col); err != nil {
				b.Fatal(err)
			}
		}},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				p, s := beam.NewPipelineWithRoot()
				c.apply(s, beam.Create(s, floats...))
				if _, err := ptest.RunWithMetrics(p); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(floats))*float64(b.N)/b.Elapsed().Seconds(), "elements/s")
		})
	}
}
