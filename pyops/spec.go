package pyops

import (
	"strconv"

	"github.com/pyround/pyround/convert"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/rounding"
)

// Spec is an operation given as data: its name and its options as texts,
// spelled as the pyround command's flags spell them. A surface that
// configures an operation in one place and runs it in another keeps a
// Spec: an Apache Beam pipeline is built on one machine and run on many,
// its transforms carrying a Spec (JSON-encoded) to each worker, which
// builds the operation there. Check validates a Spec where it is written,
// so that a bad option fails the pipeline's construction, not its workers.
//
// The zero value of every option is the pyround command's default: As
// "auto", Mode "half-even", Format "python" for hms, Origin 0 and Label
// "lower" for bin, Hash "crc32" for shard.
type Spec struct {
	// Op is round, floordiv, mod, divmod, format, hms, bin or shard.
	Op string `json:"op"`
	// As is how values are read: auto (int, else float), float or
	// decimal; floordiv, mod, divmod and format take auto or decimal.
	As string `json:"as,omitempty"`
	// N is round's ndigits, any integer; "" is round(x).
	N string `json:"n,omitempty"`
	// Mode is round's rounding mode: half-even, half-up, half-down, up,
	// down, ceiling, floor or 05up.
	Mode string `json:"mode,omitempty"`
	// Increment rounds to a multiple of it (0.05) instead of to N places;
	// Cash takes the increment of an ISO 4217 currency's cash rounding.
	Increment string `json:"increment,omitempty"`
	Cash      string `json:"cash,omitempty"`
	// Format is format's spec (",.2f"), or hms's style: python, compact
	// or iso.
	Format string `json:"format,omitempty"`
	// Width, Origin and Label are bin's --width, --origin and --label.
	Width  string `json:"width,omitempty"`
	Origin string `json:"origin,omitempty"`
	Label  string `json:"label,omitempty"`
	// Parts and Hash are shard's K and hash (crc32, md5, sha1, sha256,
	// none).
	Parts string `json:"parts,omitempty"`
	Hash  string `json:"hash,omitempty"`
}

// OptionError is an invalid option of a Spec. Option is its name as the
// pyround command's flag ("-n", "-m", "--as", "--increment", ...); Error
// reads as the command's message: `invalid -m: unknown rounding mode
// 'x'...`, or, when Msg begins with the quoted option text, `invalid -n
// "x": want an integer`. An empty Option makes Msg the whole message.
type OptionError struct {
	Option string
	Msg    string
}

func (e *OptionError) Error() string {
	switch {
	case e.Option == "":
		return e.Msg
	case e.Msg != "" && e.Msg[0] == '"':
		return "invalid " + e.Option + " " + e.Msg
	}
	return "invalid " + e.Option + ": " + e.Msg
}

// Operation is a built Spec: exactly one of its functions is set.
// Value is a one-operand operation (round, format, hms, bin); Pair a
// two-operand one (floordiv, mod, divmod: a // b); Shard places a key.
// Each has its own scratch space: build one Operation per goroutine.
type Operation struct {
	Value func(dst, v []byte) ([]byte, error)
	Pair  func(dst, a, b []byte) ([]byte, error)
	Shard *Shard
}

// Check returns the error Build would return, an *OptionError or a usage
// message, building nothing it keeps.
func (s Spec) Check() error {
	_, err := s.Build()
	return err
}

// Build builds the operation s describes, or returns an *OptionError for
// an invalid option and an error for an unknown Op, an option the
// operation does not take, or a missing one.
func (s Spec) Build() (Operation, error) {
	return s.BuildGiven(func(string) bool { return false })
}

// BuildGiven is Build for a surface whose options have defaults of their
// own, as the pyround command's flags do: an option for which given
// (called with its JSON name: "as", "n", "width", ...) reports true is
// taken as it is, so that an empty one is invalid (-n "" or --as "")
// rather than the default, and an empty Width or Parts is read, not
// missing.
func (s Spec) BuildGiven(given func(option string) bool) (Operation, error) {
	if err := s.unused(); err != nil {
		return Operation{}, err
	}
	hasN := s.N != "" || given("n")
	orDefault := func(text *string, option, def string) {
		if *text == "" && !given(option) {
			*text = def
		}
	}
	orDefault(&s.As, "as", "auto")
	orDefault(&s.Mode, "mode", "half-even")
	orDefault(&s.Label, "label", "lower")
	orDefault(&s.Hash, "hash", "crc32")
	if s.Op == "hms" {
		orDefault(&s.Format, "format", "python")
	}
	switch s.Op {
	case "round":
		if s.Increment != "" || s.Cash != "" {
			o, err := s.roundIncrement(hasN)
			if err != nil {
				return Operation{}, err
			}
			return Operation{Value: o.Append}, nil
		}
		o, err := s.round(hasN)
		if err != nil {
			return Operation{}, err
		}
		return Operation{Value: o.Append}, nil
	case "floordiv", "mod", "divmod":
		as, err := s.as(false)
		if err != nil {
			return Operation{}, err
		}
		op := map[string]DivOp{"floordiv": FloorDiv, "mod": Mod, "divmod": DivMod}[s.Op]
		return Operation{Pair: (&Div{Op: op, As: as}).Append}, nil
	case "format":
		as, err := s.as(false)
		if err != nil {
			return Operation{}, err
		}
		return Operation{Value: NewFormat(s.Format, as).Append}, nil
	case "hms":
		o, err := s.hms()
		if err != nil {
			return Operation{}, err
		}
		return Operation{Value: o.Append}, nil
	case "bin":
		as, err := s.as(true)
		if err != nil {
			return Operation{}, err
		}
		if s.Width == "" && !given("width") {
			return Operation{}, &OptionError{"--width", "required: the bin width W"}
		}
		label, err := ParseBinLabel(s.Label)
		if err != nil {
			return Operation{}, &OptionError{"--label", strconv.Quote(s.Label) + ": want lower, index or range"}
		}
		b, err := NewBinning(s.Width, s.Origin, as, label)
		if err != nil {
			return Operation{}, err
		}
		return Operation{Value: b.Append}, nil
	case "shard":
		if s.Parts == "" && !given("parts") {
			return Operation{}, &OptionError{"--parts", "required: the number of shards K"}
		}
		sh, err := NewShard(s.Parts, s.Hash)
		if err != nil {
			return Operation{}, &OptionError{"--parts or --hash", err.Error()}
		}
		return Operation{Shard: sh}, nil
	}
	return Operation{}, &OptionError{"operation", strconv.Quote(s.Op) + ": want round, floordiv, mod, divmod, format, hms, bin or shard"}
}

// unused refuses an option s.Op does not take, so that a typo in a
// pipeline's configuration (a Mode given to format) is not ignored.
func (s Spec) unused() error {
	takes := map[string]string{
		"round": "as n mode increment cash", "floordiv": "as", "mod": "as", "divmod": "as",
		"format": "as format", "hms": "as format", "bin": "as width origin label", "shard": "parts hash",
	}[s.Op]
	for _, o := range []struct{ name, v string }{
		{"as", s.As}, {"n", s.N}, {"mode", s.Mode}, {"increment", s.Increment}, {"cash", s.Cash},
		{"format", s.Format}, {"width", s.Width}, {"origin", s.Origin}, {"label", s.Label},
		{"parts", s.Parts}, {"hash", s.Hash},
	} {
		if o.v != "" && takes != "" && !containsWord(takes, o.name) {
			return &OptionError{"operation", s.Op + " takes no option " + o.name}
		}
	}
	return nil
}

func containsWord(list, w string) bool {
	for i := 0; i+len(w) <= len(list); i++ {
		if list[i:i+len(w)] == w && (i == 0 || list[i-1] == ' ') && (i+len(w) == len(list) || list[i+len(w)] == ' ') {
			return true
		}
	}
	return false
}

// as reads As; floatOK says whether the operation takes "float".
func (s Spec) as(floatOK bool) (As, error) {
	as, err := ParseAs(s.As)
	switch {
	case err == nil && (floatOK || as != Float):
		return as, nil
	case floatOK:
		return 0, &OptionError{"--as", strconv.Quote(s.As) + ": want auto, float or decimal"}
	}
	return 0, &OptionError{"--as", strconv.Quote(s.As) + ": want auto or decimal"}
}

func (s Spec) mode() (m rounding.Mode, err error) {
	if m, err = rounding.ParseMode(s.Mode); err != nil {
		return m, &OptionError{"-m", err.(*pyerr.Error).Msg}
	}
	return m, nil
}

// round builds round(x) or round(x, N) in a mode.
func (s Spec) round(hasN bool) (*Round, error) {
	o := &Round{HasN: hasN}
	var err error
	if o.As, err = s.as(true); err != nil {
		return nil, err
	}
	if o.Mode, err = s.mode(); err != nil {
		return nil, err
	}
	if o.HasN {
		if o.N, err = ParseNDigits(s.N); err != nil {
			return nil, &OptionError{"-n", strconv.Quote(s.N) + ": want an integer"}
		}
	}
	return o, nil
}

// roundIncrement builds rounding to Increment or Cash's increment.
func (s Spec) roundIncrement(hasN bool) (*RoundIncrement, error) {
	switch {
	case hasN:
		return nil, &OptionError{"", "-n rounds to decimal places and --increment or --cash to a multiple: give one"}
	case s.Increment != "" && s.Cash != "":
		return nil, &OptionError{"", "give one of --increment and --cash"}
	}
	o := &RoundIncrement{}
	var err error
	if o.As, err = s.as(true); err != nil {
		return nil, err
	}
	if o.Mode, err = s.mode(); err != nil {
		return nil, err
	}
	inc := s.Increment
	if s.Cash != "" {
		if inc, err = convert.CashIncrement(s.Cash); err != nil {
			return nil, &OptionError{"--cash", err.(*pyerr.Error).Msg}
		}
	}
	if o.Inc, err = rounding.ParseIncrement(inc); err != nil {
		return nil, &OptionError{"--increment", err.(*pyerr.Error).Msg}
	}
	return o, nil
}

// hms builds str(timedelta(seconds=x)) in a style.
func (s Spec) hms() (*HMS, error) {
	o := &HMS{}
	var err error
	if o.As, err = s.as(true); err != nil {
		return nil, err
	}
	if o.Format, err = convert.ParseHMSFormat(s.Format); err != nil {
		return nil, &OptionError{"--format", strconv.Quote(s.Format) + ": want python, compact or iso"}
	}
	return o, nil
}
