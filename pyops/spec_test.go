package pyops

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestSpec builds each operation from its Spec and runs it on one value;
// the wants are what python3 prints:
//
//	round(2.675, 2), Decimal('2.665').quantize(Decimal('0.01'), ROUND_HALF_UP),
//	-7 // 2, -7 % 2, divmod(-7, 2), format(1234.5, ',.2f'),
//	str(timedelta(seconds=3661)), 37 // 10 * 10, zlib.crc32(b'a') % 4
func TestSpec(t *testing.T) {
	cases := []struct {
		spec Spec
		a, b string
		want string
	}{
		{Spec{Op: "round", N: "2"}, "2.675", "", "2.67"},
		{Spec{Op: "round", N: "2", Mode: "half-up", As: "decimal"}, "2.665", "", "2.67"},
		{Spec{Op: "round"}, "2.5", "", "2"},
		{Spec{Op: "round", Increment: "0.05"}, "1.15", "", "1.15"},
		{Spec{Op: "round", Cash: "CHF", Mode: "half-up", As: "decimal"}, "1.025", "", "1.05"},
		{Spec{Op: "floordiv"}, "-7", "2", "-4"},
		{Spec{Op: "mod"}, "-7", "2", "1"},
		{Spec{Op: "divmod"}, "-7", "2", "(-4, 1)"},
		{Spec{Op: "format", Format: ",.2f"}, "1234.5", "", "1,234.50"},
		{Spec{Op: "hms"}, "3661", "", "1:01:01"},
		{Spec{Op: "bin", Width: "10"}, "37", "", "30"},
		{Spec{Op: "shard", Parts: "4"}, "a", "", "3"},
	}
	for _, tc := range cases {
		// A Spec goes to a Beam worker JSON-encoded: build the decoded one.
		data, err := json.Marshal(tc.spec)
		if err != nil {
			t.Fatal(err)
		}
		var spec Spec
		if err := json.Unmarshal(data, &spec); err != nil || spec != tc.spec {
			t.Fatalf("%s: JSON round trip gives %+v, %v", data, spec, err)
		}
		op, err := spec.Build()
		if err != nil {
			t.Errorf("%+v: %v", tc.spec, err)
			continue
		}
		var out []byte
		switch {
		case op.Value != nil:
			out, err = op.Value(nil, []byte(tc.a))
		case op.Pair != nil:
			out, err = op.Pair(nil, []byte(tc.a), []byte(tc.b))
		default:
			out, err = op.Shard.Append(nil, []byte(tc.a))
		}
		if err != nil || string(out) != tc.want {
			t.Errorf("%s on %q %q: %q, %v; want %q", data, tc.a, tc.b, out, err, tc.want)
		}
	}
}

func TestSpecErrors(t *testing.T) {
	cases := []struct {
		spec Spec
		want string
	}{
		{Spec{Op: "rnd"}, `invalid operation "rnd": want round, floordiv, mod, divmod, format, hms, bin or shard`},
		{Spec{Op: "round", N: "x"}, `invalid -n "x": want an integer`},
		{Spec{Op: "round", Mode: "half-upp"}, "invalid -m: "},
		{Spec{Op: "round", As: "text"}, `invalid --as "text": want auto, float or decimal`},
		{Spec{Op: "divmod", As: "float"}, `invalid --as "float": want auto or decimal`},
		{Spec{Op: "round", N: "2", Increment: "0.05"}, "-n rounds to decimal places and --increment or --cash to a multiple: give one"},
		{Spec{Op: "round", Increment: "0.05", Cash: "CHF"}, "give one of --increment and --cash"},
		{Spec{Op: "round", Increment: "0"}, "invalid --increment: increment must be a positive decimal number, not '0'"},
		{Spec{Op: "round", Cash: "XXQ"}, "invalid --cash: "},
		{Spec{Op: "hms", Format: "long"}, `invalid --format "long": want python, compact or iso`},
		{Spec{Op: "bin"}, "invalid --width: required: the bin width W"},
		{Spec{Op: "bin", Width: "10", Label: "mid"}, `invalid --label "mid": want lower, index or range`},
		{Spec{Op: "shard"}, "invalid --parts: required: the number of shards K"},
		{Spec{Op: "shard", Parts: "0"}, "invalid --parts or --hash: "},
		{Spec{Op: "format", Mode: "up"}, "invalid operation: format takes no option mode"},
		{Spec{Op: "shard", N: "2"}, "invalid operation: shard takes no option n"},
	}
	for _, tc := range cases {
		err := tc.spec.Check()
		if err == nil || len(err.Error()) < len(tc.want) || err.Error()[:len(tc.want)] != tc.want {
			t.Errorf("%+v: %v, want %q", tc.spec, err, tc.want)
		}
	}
}

// TestSpecBuildGiven: an option given empty is invalid, as the pyround
// command's empty flags are, not the default an empty Spec option means.
func TestSpecBuildGiven(t *testing.T) {
	cases := []struct {
		spec Spec
		want string
	}{
		{Spec{Op: "round"}, `invalid --as "": want auto, float or decimal`},
		{Spec{Op: "round", As: "auto"}, "invalid -m: unknown rounding mode ''"},
		{Spec{Op: "round", As: "auto", Mode: "half-even"}, `invalid -n "": want an integer`},
		{Spec{Op: "round", As: "auto", Mode: "half-even", Increment: "0.05"}, "-n rounds to decimal places"},
		{Spec{Op: "hms", As: "auto"}, `invalid --format "": want python, compact or iso`},
		{Spec{Op: "bin", As: "auto", Width: "10"}, `invalid --label "": want lower, index or range`},
		{Spec{Op: "bin", As: "auto", Label: "lower"}, "ValueError: could not convert string to float: ''"},
		{Spec{Op: "shard", Hash: "crc32"}, "invalid --parts or --hash: ValueError: invalid literal for int() with base 10: ''"},
		{Spec{Op: "shard", Parts: "2"}, "invalid --parts or --hash: ValueError: unknown hash ''"},
	}
	for _, tc := range cases {
		_, err := tc.spec.BuildGiven(func(string) bool { return true })
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%+v: %v, want %q", tc.spec, err, tc.want)
		}
		// Build takes the empty options as the defaults (or missing).
		if err := tc.spec.Check(); err != nil && strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%+v: Check: %v, as if given", tc.spec, err)
		}
	}
}
