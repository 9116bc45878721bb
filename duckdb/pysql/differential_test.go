package pysql_test

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/duckdb/duckdb-go/v2"
	"github.com/pyround/pyround/duckdb/pysql"
	"github.com/pyround/pyround/internal/oracle"
	"github.com/pyround/pyround/pyfmt"
	"github.com/shopspring/decimal"
)

// The differential test: random typed tables, written to CSV and to
// Parquet (by DuckDB's COPY), queried through every pyround function, and
// compared row by row with what python3 prints for the same computation.
// Python's answers come from internal/oracle/oracle.py, the specification
// every pyround surface is tested against: py_round(d, n) on a DOUBLE is
// the oracle's round of repr(d) read as a float, py_round(dec, n) on a
// DECIMAL its round of str(dec) read as a Decimal, and so on.

// sqlRow is one generated row; a nil field is NULL.
type sqlRow struct {
	id    int
	d, f  *float64 // d anything (ties, ±0, NaN, ±inf, subnormals); f mostly finite, |f| < 1e15
	e     *float64 // a divisor, 2% zero
	n     *int64   // ndigits
	nd    *int64   // ndigits for decimals, -4..8 (Python's 28-digit context holds every result)
	i, j  *int64   // j 2% zero
	dec4  *string  // DECIMAL(18,4) text
	dec10 *string  // DECIMAL(38,10) text, nonzero
	s     *string  // VARCHAR decimal text
	k     *int64   // shard count, 1..64
}

// sqlCheck is one SQL expression and the oracle request that computes
// Python's answer for a row; args returns nil for a row with a NULL input
// (the answer is then NULL), and cmp is "text" (the printed texts must be
// equal) or "decimal" (equal as decimal values, as a DECIMAL column's
// scale is the engine's).
type sqlCheck struct {
	name, expr string
	op         string
	args       func(r *sqlRow) []string
	cmp        string
}

func reprF(p *float64) string { return string(pyfmt.AppendRepr(nil, *p)) }
func itoa(p *int64) string    { return strconv.FormatInt(*p, 10) }

var sqlChecks = []sqlCheck{
	{"round_double_n", "py_round(d, n)", "round", func(r *sqlRow) []string {
		if r.d == nil || r.n == nil {
			return nil
		}
		return []string{"float", reprF(r.d), itoa(r.n), "HALF_EVEN"}
	}, "text"},
	{"round_double_n_half_up", "py_round(d, n, 'half_up')", "round", func(r *sqlRow) []string {
		if r.d == nil || r.n == nil {
			return nil
		}
		return []string{"float", reprF(r.d), itoa(r.n), "HALF_UP"}
	}, "text"},
	{"round_double", "py_round(f)", "round", func(r *sqlRow) []string {
		if r.f == nil {
			return nil
		}
		return []string{"float", reprF(r.f), "", "HALF_EVEN"}
	}, "text"},
	{"round_bigint_n", "py_round(i, n)", "round", func(r *sqlRow) []string {
		if r.i == nil || r.n == nil {
			return nil
		}
		return []string{"auto", itoa(r.i), itoa(r.n), "HALF_EVEN"}
	}, "text"},
	{"round_decimal18_n", "py_round(dec4, nd)", "round", func(r *sqlRow) []string {
		if r.dec4 == nil || r.nd == nil {
			return nil
		}
		return []string{"decimal", *r.dec4, itoa(r.nd), "HALF_EVEN"}
	}, "decimal"},
	{"round_decimal38_n_floor", "py_round(dec10, nd, 'floor')", "round", func(r *sqlRow) []string {
		if r.dec10 == nil || r.nd == nil {
			return nil
		}
		return []string{"decimal", *r.dec10, itoa(r.nd), "FLOOR"}
	}, "decimal"},
	{"round_varchar_n", "py_round(s, nd)", "round", func(r *sqlRow) []string {
		if r.s == nil || r.nd == nil {
			return nil
		}
		return []string{"decimal", *r.s, itoa(r.nd), "HALF_EVEN"}
	}, "text"},
	{"round_increment_double", "py_round_increment(d, '0.05')", "roundinc", func(r *sqlRow) []string {
		if r.d == nil {
			return nil
		}
		return []string{"float", reprF(r.d), "0.05", "HALF_EVEN"}
	}, "text"},
	{"round_increment_varchar", "py_round_increment(s, '0.25', 'half_up')", "roundinc", func(r *sqlRow) []string {
		if r.s == nil {
			return nil
		}
		return []string{"decimal", *r.s, "0.25", "HALF_UP"}
	}, "text"},
	{"floordiv_bigint", "py_floordiv(i, j)", "floordiv", func(r *sqlRow) []string {
		if r.i == nil || r.j == nil {
			return nil
		}
		return []string{"auto", itoa(r.i), itoa(r.j)}
	}, "text"},
	{"mod_bigint", "py_mod(i, j)", "mod", func(r *sqlRow) []string {
		if r.i == nil || r.j == nil {
			return nil
		}
		return []string{"auto", itoa(r.i), itoa(r.j)}
	}, "text"},
	{"divmod_bigint", "py_divmod(i, j)", "divmod", func(r *sqlRow) []string {
		if r.i == nil || r.j == nil {
			return nil
		}
		return []string{"auto", itoa(r.i), itoa(r.j)}
	}, "text"},
	{"floordiv_double", "py_floordiv(d, e)", "floordiv", func(r *sqlRow) []string {
		if r.d == nil || r.e == nil {
			return nil
		}
		return []string{"auto", reprF(r.d), reprF(r.e)}
	}, "text"},
	{"mod_double", "py_mod(d, e)", "mod", func(r *sqlRow) []string {
		if r.d == nil || r.e == nil {
			return nil
		}
		return []string{"auto", reprF(r.d), reprF(r.e)}
	}, "text"},
	{"mod_decimal", "py_mod(dec4, dec10)", "mod", func(r *sqlRow) []string {
		if r.dec4 == nil || r.dec10 == nil {
			return nil
		}
		return []string{"decimal", *r.dec4, *r.dec10}
	}, "decimal"},
	{"repr_double", "py_repr(d)", "format", func(r *sqlRow) []string {
		if r.d == nil {
			return nil
		}
		return []string{"auto", "", reprF(r.d)}
	}, "text"},
	{"str_decimal", "py_str(dec4)", "format", func(r *sqlRow) []string {
		if r.dec4 == nil {
			return nil
		}
		return []string{"decimal", "", *r.dec4}
	}, "text"},
	{"format_double", "py_format(d, ',.2f')", "format", func(r *sqlRow) []string {
		if r.d == nil {
			return nil
		}
		return []string{"auto", ",.2f", reprF(r.d)}
	}, "text"},
	{"format_bigint", "py_format(i, '_x')", "format", func(r *sqlRow) []string {
		if r.i == nil {
			return nil
		}
		return []string{"auto", "_x", itoa(r.i)}
	}, "text"},
	{"hms_double", "py_hms(f)", "hms", func(r *sqlRow) []string {
		if r.f == nil {
			return nil
		}
		return []string{"float", reprF(r.f), "python"}
	}, "text"},
	{"bin_double", "py_bin(f, 0.1)", "bin", func(r *sqlRow) []string {
		if r.f == nil {
			return nil
		}
		return []string{"float", "0.1", "", "lower", reprF(r.f)}
	}, "text"},
	{"shard_crc32", "py_shard(s, k, 'crc32')", "shard", func(r *sqlRow) []string {
		if r.s == nil || r.k == nil {
			return nil
		}
		return []string{"crc32", itoa(r.k), *r.s}
	}, "text"},
}

// genRows draws n rows from rng: the adversarial doubles of the float
// tests (ties, one ulp beside them, ±0, NaN, ±inf, subnormals, huge),
// ints past 2^53, decimals of every scale, and about 3% NULLs per column.
func genRows(rng *rand.Rand, n int) []sqlRow {
	rows := make([]sqlRow, n)
	null := func() bool { return rng.IntN(33) == 0 }
	for i := range rows {
		r := &rows[i]
		r.id = i
		if !null() {
			v := adversarialDouble(rng)
			r.d = &v
		}
		if !null() {
			v := math.Round(rng.NormFloat64()*math.Pow(10, float64(rng.IntN(14))))/math.Pow(10, float64(rng.IntN(4))) + float64(rng.IntN(2))*0.5
			v = math.Max(-9e14, math.Min(9e14, v))
			if rng.IntN(50) == 0 { // Python's ValueError and OverflowError for round(), hms
				v = []float64{math.NaN(), math.Inf(1), math.Inf(-1)}[rng.IntN(3)]
			}
			r.f = &v
		}
		if !null() {
			v := adversarialDouble(rng)
			for v == 0 || math.IsNaN(v) || math.IsInf(v, 0) {
				v = rng.NormFloat64() * 10
			}
			if rng.IntN(50) == 0 {
				v = 0 // ZeroDivisionError: float floor division by zero
			}
			r.e = &v
		}
		if !null() {
			v := int64(rng.IntN(25) - 8)
			if rng.IntN(20) == 0 {
				v = int64(rng.IntN(700) - 350)
			}
			r.n = &v
		}
		if !null() {
			v := int64(rng.IntN(13) - 4)
			r.nd = &v
		}
		if !null() {
			v := adversarialInt(rng)
			r.i = &v
		}
		if !null() {
			v := adversarialInt(rng)
			if rng.IntN(50) == 0 {
				v = 0 // ZeroDivisionError: integer division or modulo by zero
			}
			r.j = &v
		}
		if !null() {
			s := decimalText(rng, 14, 4, false)
			r.dec4 = &s
		}
		if !null() {
			s := decimalText(rng, 8, 10, true)
			r.dec10 = &s
		}
		if !null() {
			s := decimalText(rng, 16, rng.IntN(9), false)
			r.s = &s
		}
		if !null() {
			v := int64(1 + rng.IntN(64))
			r.k = &v
		}
	}
	return rows
}

func adversarialDouble(rng *rand.Rand) float64 {
	switch rng.IntN(12) {
	case 0:
		return []float64{0, math.Copysign(0, -1), math.NaN(), math.Inf(1), math.Inf(-1), 5e-324, -5e-324,
			math.MaxFloat64, -math.MaxFloat64, 2.2250738585072014e-308, 1e16, 1e22, 0.5, -0.5, 2.5}[rng.IntN(15)]
	case 1, 2, 3:
		// a decimal tie k + 0.5·10^-p as the nearest float, or one ulp beside it
		p := rng.IntN(6)
		v := (float64(rng.IntN(2_000_000)-1_000_000) + 0.5) / math.Pow(10, float64(p))
		switch rng.IntN(3) {
		case 1:
			v = math.Nextafter(v, math.Inf(1))
		case 2:
			v = math.Nextafter(v, math.Inf(-1))
		}
		return v
	case 4:
		return math.Float64frombits(rng.Uint64()) // anything, NaN payloads and subnormals included
	case 5:
		return float64(rng.Int64N(1<<62)-(1<<61)) * math.Pow(2, float64(rng.IntN(40)-20))
	}
	return math.Round(rng.NormFloat64()*1e6) / 100 // a price
}

func adversarialInt(rng *rand.Rand) int64 {
	switch rng.IntN(6) {
	case 0:
		return []int64{0, 1, -1, math.MaxInt64 / 2, math.MinInt64 / 2, 1 << 53, 1<<53 + 1, -(1<<53 + 1), 4_611_686_018_427_387_903}[rng.IntN(9)]
	case 1:
		return rng.Int64N(1<<62) - (1 << 61) // past 2^53
	case 2:
		return int64(rng.IntN(2001)-1000) * 5 // ties for negative n
	}
	return rng.Int64N(2_000_000) - 1_000_000
}

// decimalText returns a decimal with up to intDigits integer digits and
// exactly scale fraction digits, nonzero when nonzero is set.
func decimalText(rng *rand.Rand, intDigits, scale int, nonzero bool) string {
	for {
		var b strings.Builder
		if rng.IntN(2) == 0 {
			b.WriteByte('-')
		}
		nd := rng.IntN(intDigits + 1)
		if nd == 0 {
			b.WriteByte('0')
		}
		for k := 0; k < nd; k++ {
			d := rng.IntN(10)
			if k == 0 && d == 0 {
				d = 1
			}
			b.WriteByte(byte('0' + d))
		}
		if scale > 0 {
			b.WriteByte('.')
			for k := 0; k < scale; k++ {
				d := rng.IntN(10)
				if rng.IntN(4) == 0 {
					d = []int{0, 5}[rng.IntN(2)] // ties and trailing zeros
				}
				b.WriteByte(byte('0' + d))
			}
		}
		s := b.String()
		if strings.Trim(s, "-0.") == "" {
			if nonzero {
				continue
			}
			s = strings.TrimPrefix(s, "-") // DuckDB's DECIMAL has no negative zero
		}
		return s
	}
}

// writeCSV writes rows as the CSV DuckDB reads back: doubles by their
// shortest round-trip text (DuckDB and Python both read it correctly
// rounded), NULL as an empty field.
func writeCSV(t *testing.T, path string, rows []sqlRow) {
	var b strings.Builder
	b.WriteString("id,d,f,e,n,nd,i,j,dec4,dec10,s,k\n")
	f := func(p *float64) string {
		if p == nil {
			return ""
		}
		return reprF(p)
	}
	i := func(p *int64) string {
		if p == nil {
			return ""
		}
		return itoa(p)
	}
	s := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	for _, r := range rows {
		fmt.Fprintf(&b, "%d,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s\n", r.id, f(r.d), f(r.f), f(r.e), i(r.n), i(r.nd), i(r.i), i(r.j), s(r.dec4), s(r.dec10), s(r.s), i(r.k))
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

const csvColumns = `{'id': 'BIGINT', 'd': 'DOUBLE', 'f': 'DOUBLE', 'e': 'DOUBLE', 'n': 'INTEGER', 'nd': 'INTEGER',
	'i': 'BIGINT', 'j': 'BIGINT', 'dec4': 'DECIMAL(18,4)', 'dec10': 'DECIMAL(38,10)', 's': 'VARCHAR', 'k': 'BIGINT'}`

// sqlText prints a value scanned from DuckDB as Python prints the same
// value: floats by repr, DECIMALs by str(Decimal), STRUCT(q, r) as a tuple.
func sqlText(v any) string {
	switch v := v.(type) {
	case nil:
		return "NULL"
	case float64:
		return string(pyfmt.AppendRepr(nil, v))
	case int64:
		return strconv.FormatInt(v, 10)
	case int32:
		return strconv.FormatInt(int64(v), 10)
	case *big.Int:
		return v.String()
	case string:
		return v
	case duckdb.Decimal:
		return decimal.NewFromBigInt(v.Value, -int32(v.Scale)).StringFixed(int32(v.Scale))
	case map[string]any:
		return "(" + sqlText(v["q"]) + ", " + sqlText(v["r"]) + ")"
	}
	return fmt.Sprintf("%T %v", v, v)
}

func TestDifferentialPython(t *testing.T) {
	o := oracle.Start(t)
	seed := oracle.Seed(t)
	n := oracle.CaseCount(t, 20000)
	rng := rand.New(rand.NewPCG(uint64(seed), 21))
	rows := genRows(rng, n)
	dir := t.TempDir()
	csvPath := filepath.Join(dir, "rows.csv")
	pqPath := filepath.Join(dir, "rows.parquet")
	writeCSV(t, csvPath, rows)

	ctx := context.Background()
	conn := diffConn(t)
	if _, err := conn.ExecContext(ctx, fmt.Sprintf("COPY (SELECT * FROM read_csv('%s', header = true, columns = %s)) TO '%s' (FORMAT parquet)", csvPath, csvColumns, pqPath)); err != nil {
		t.Fatal(err)
	}
	compared, raised := 0, 0
	for ci, c := range sqlChecks {
		// The Parquet file for every check; the CSV directly for every
		// third, so both readers feed the functions.
		from := fmt.Sprintf("read_parquet('%s')", pqPath)
		if ci%3 == 0 {
			from = fmt.Sprintf("read_csv('%s', header = true, columns = %s)", csvPath, csvColumns)
		}
		// TRY() turns a row's error into NULL, as users get NULL for a
		// ZeroDivisionError; the row must then be one where Python raises.
		got := queryColumn(t, conn, fmt.Sprintf("SELECT id, TRY(%s) FROM %s ORDER BY id", c.expr, from), len(rows))
		var reqs [][]string
		var idx []int
		for i := range rows {
			if a := c.args(&rows[i]); a != nil {
				reqs = append(reqs, a)
				idx = append(idx, i)
			}
		}
		want, err := o.EvalBatch(c.op, reqs)
		if err != nil {
			t.Fatal(err)
		}
		wantAt := make([]string, len(rows))
		for i := range wantAt {
			wantAt[i] = "NULL"
		}
		for k, i := range idx {
			wantAt[i] = want[k]
		}
		bad := 0
		for i := range rows {
			g, w := got[i], wantAt[i]
			if strings.HasPrefix(w, "!") {
				raised++
				if g != "NULL" {
					t.Errorf("%s: seed %d row %d: SELECT TRY(%s) = %s, python3 raises %s (args %q)", c.name, seed, i, c.expr, g, w, c.args(&rows[i]))
					bad++
				}
			} else if !sameAnswer(c.cmp, g, w) {
				t.Errorf("%s: seed %d row %d: SELECT %s = %s, python3 %s (args %q)", c.name, seed, i, c.expr, g, w, c.args(&rows[i]))
				bad++
			}
			if bad >= 10 {
				t.Fatalf("%s: stopping after 10 differences", c.name)
			}
			compared++
		}
	}
	t.Logf("%d rows × %d functions = %d values compared with python3, %d of them errors in both (seed %d)", len(rows), len(sqlChecks), compared, raised, seed)
}

// sameAnswer compares a SQL answer with python3's: as text, or for a
// DECIMAL result as decimal values (NULL only with NULL).
func sameAnswer(cmp, got, want string) bool {
	if got == want || cmp != "decimal" || got == "NULL" || want == "NULL" {
		return got == want
	}
	g, err1 := decimal.NewFromString(got)
	w, err2 := decimal.NewFromString(want)
	return err1 == nil && err2 == nil && g.Equal(w)
}

// queryColumn runs a query returning (id, value) rows for ids 0..n-1 and
// returns the values as Python prints them.
func queryColumn(t *testing.T, conn *sql.Conn, query string, n int) []string {
	t.Helper()
	rows, err := conn.QueryContext(context.Background(), query)
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	defer rows.Close()
	out := make([]string, 0, n)
	for rows.Next() {
		var id int64
		var v any
		if err := rows.Scan(&id, &v); err != nil {
			t.Fatal(err)
		}
		if id != int64(len(out)) {
			t.Fatalf("%s: row id %d at position %d", query, id, len(out))
		}
		out = append(out, sqlText(v))
	}
	if err := rows.Err(); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	if len(out) != n {
		t.Fatalf("%s: %d rows, want %d", query, len(out), n)
	}
	return out
}

// diffConn opens an in-memory DuckDB with pyround's functions registered.
func diffConn(t testing.TB) *sql.Conn {
	t.Helper()
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	conn, err := db.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	if err := pysql.Register(context.Background(), conn); err != nil {
		t.Fatal(err)
	}
	return conn
}
