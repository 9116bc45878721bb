package convert

import (
	"math"
	"math/big"
	"math/bits"
	"sort"
	"strconv"
	"strings"

	"github.com/pyround/pyround/divmod"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/rounding"
	"github.com/shopspring/decimal"
)

// Limits of the change maker. Greedy change (a canonical system with
// enough stock) has no limit but the int64 range of each count; the
// fewest-pieces search is a dynamic program whose work and memory grow
// with the amount, so it refuses larger amounts with a ValueError instead
// of hanging or exhausting memory.
const (
	// MaxOptimalSteps bounds the fewest-pieces search without a stock:
	// amount/step at most this (10 million; 40 MB of work space).
	MaxOptimalSteps = 10_000_000
	// MaxStockCells bounds the search with a limited stock:
	// (amount/step + 1) times the number of denominations in stock at
	// most this (10 million cells; 40 MB).
	MaxStockCells = 10_000_000
	// MaxDenomination is the largest denomination value in minor units.
	MaxDenomination = 1_000_000_000_000_000_000
	// MaxDenominations is the largest number of denominations.
	MaxDenominations = 64
	// MaxExponent is the largest minor-unit exponent (decimal places).
	MaxExponent = 18
	// Unlimited in a stock list means any number of that denomination.
	Unlimited int64 = -1
)

// ChangeMaker gives change in one denomination system. It is immutable
// and safe for concurrent use.
type ChangeMaker struct {
	exp       int     // minor-unit exponent, for messages
	vals      []int64 // as given
	order     []int   // indices of vals, largest value first
	desc      []int64 // values, largest first
	step      int64   // gcd of the values
	canonical bool
	identity  bool // vals is already largest first
}

// NewChangeMaker prepares the denominations (values in minor units, any
// order) for change; exponent is the number of decimal places of the minor
// unit and only affects how amounts appear in error messages. An empty
// list, more than MaxDenominations values, a value that is not positive or
// exceeds MaxDenomination, a repeated value, or an exponent outside
// [0, MaxExponent] is a ValueError.
func NewChangeMaker(denoms []int64, exponent int) (*ChangeMaker, error) {
	if exponent < 0 || exponent > MaxExponent {
		return nil, pyerr.ValueError("minor-unit exponent " + strconv.Itoa(exponent) + " is outside [0, " + strconv.Itoa(MaxExponent) + "]")
	}
	n := len(denoms)
	switch {
	case n == 0:
		return nil, pyerr.ValueError("no denominations")
	case n > MaxDenominations:
		return nil, pyerr.ValueError(strconv.Itoa(n) + " denominations; at most " + strconv.Itoa(MaxDenominations) + " (pyround's limit)")
	}
	m := &ChangeMaker{exp: exponent, vals: append([]int64(nil), denoms...), order: make([]int, n), desc: make([]int64, n)}
	for i, v := range denoms {
		if v <= 0 {
			return nil, pyerr.ValueError("denomination " + strconv.Itoa(i) + " is " + strconv.FormatInt(v, 10) + "; denominations must be positive")
		}
		if v > MaxDenomination {
			return nil, pyerr.ValueError("denomination " + strconv.FormatInt(v, 10) + " exceeds 10**18 minor units (pyround's limit)")
		}
		m.order[i] = i
	}
	sort.SliceStable(m.order, func(a, b int) bool { return denoms[m.order[a]] > denoms[m.order[b]] })
	m.identity = true
	for k, i := range m.order {
		m.desc[k] = denoms[i]
		if i != k {
			m.identity = false
		}
		if k > 0 && m.desc[k] == m.desc[k-1] {
			return nil, pyerr.ValueError("duplicate denomination " + m.minorText(m.desc[k]))
		}
	}
	m.step = m.desc[0]
	for _, v := range m.desc[1:] {
		m.step = gcd(m.step, v)
	}
	m.canonical = m.desc[n-1] == m.step && pearson(m.desc, m.step)
	return m, nil
}

func gcd(a, b int64) int64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// pearson reports whether greedy change is optimal for the system desc
// (largest first) whose smallest value is step, by Pearson's O(n^3) test
// (D. Pearson, "A polynomial-time algorithm for the change-making
// problem", Operations Research Letters 33 (2005) 231-234): with values
// c_1 > ... > c_n = 1 (here scaled by step), if greedy is not optimal the
// smallest counterexample has an optimal representation built from the
// greedy representation g of c_{i-1} - 1 for some 1 < i <= j <= n by
// keeping g_i..g_{j-1}, adding one to g_j and zeroing the rest. Each of
// these O(n^2) candidates is compared with the greedy representation of
// its value. The test is checked against a brute-force search of every
// amount below c_{n-1} + c_n (Kozen and Zaks' bound) in the tests.
func pearson(desc []int64, step int64) bool {
	n := len(desc)
	if n <= 2 {
		return true
	}
	var buf [MaxDenominations]int64
	c := buf[:n]
	for i, v := range desc {
		c[i] = v / step
	}
	var gbuf [MaxDenominations]int64
	g := gbuf[:n]
	for i := 1; i < n; i++ {
		r := c[i-1] - 1
		for k, v := range c {
			g[k], r = r/v, r%v
		}
		var w, cnt int64
		for j := i; j < n; j++ {
			wj, cj := w+(g[j]+1)*c[j], cnt+g[j]+1
			if greedyCount(c, wj) > cj {
				return false
			}
			w += g[j] * c[j]
			cnt += g[j]
		}
	}
	return true
}

func greedyCount(c []int64, w int64) int64 {
	var n int64
	for _, v := range c {
		n += w / v
		w %= v
	}
	return n
}

// IsCanonical reports whether greedy change (the largest denomination
// that fits, repeatedly) gives the fewest pieces for every amount the
// denominations (minor units, any order) can make, so that change is
// greedy; {1, 5, 10, 25} is canonical, {1, 3, 4} is not (6 is 4+1+1
// greedily but 3+3 at best). A system whose smallest value is not the
// greatest common divisor of all ({2, 3}) is reported as not canonical:
// greedy can strand a remainder (4 = 3 + 1?) that another choice avoids
// (2 + 2). The test is Pearson's polynomial algorithm; see NewChangeMaker
// for the errors.
func IsCanonical(denoms []int64) (bool, error) {
	m, err := NewChangeMaker(denoms, 0)
	if err != nil {
		return false, err
	}
	return m.canonical, nil
}

// Canonical reports whether the system is canonical (see IsCanonical).
func (m *ChangeMaker) Canonical() bool { return m.canonical }

// Step returns the greatest common divisor of the denominations: every
// amount that can be made is a multiple of it.
func (m *ChangeMaker) Step() int64 { return m.step }

// ChangeMinor is NewChangeMaker(denoms, 0) followed by Change.
func ChangeMinor(amount int64, denoms []int64, stock []int64) ([]int64, error) {
	m, err := NewChangeMaker(denoms, 0)
	if err != nil {
		return nil, err
	}
	return m.Change(amount, stock)
}

// Change breaks amount (minor units) into counts of the denominations,
// counts[i] pieces of denoms[i] in the order given to NewChangeMaker, with
// sum(counts[i]*denoms[i]) == amount exactly and the fewest pieces in
// total. Among breakdowns with the fewest pieces it returns the one with
// the most pieces of the largest denomination, then of the next, and so
// on; for a canonical system that is the greedy breakdown, computed with
// AppendBreakdown, for any amount. For a system that is not canonical
// ({1, 3, 4}: 6 is 3+3) a dynamic program finds it, for amount/Step() up
// to MaxOptimalSteps.
//
// stock, when not nil, holds how many pieces of each denomination are
// available (a cash drawer), in the same order; Unlimited (-1) means any
// number. Change with a stock is the greedy breakdown when that fits the
// stock, else the fewest-pieces breakdown within it (a bounded dynamic
// program, up to MaxStockCells).
//
// Errors (ValueError): a negative amount; an amount that is not a
// multiple of Step() (finer than the denominations allow); an amount the
// denominations or the stock cannot make ("cannot make 30 from the stock:
// ..."); a stock of the wrong length or with a negative entry other than
// Unlimited; an amount past the search limits. A zero amount gives all
// counts zero.
func (m *ChangeMaker) Change(amount int64, stock []int64) ([]int64, error) {
	return m.AppendChange(make([]int64, 0, len(m.vals)), amount, stock)
}

// AppendChange is Change appending the counts to dst. A greedy breakdown
// allocates nothing when dst has room; on error dst is returned unchanged.
func (m *ChangeMaker) AppendChange(dst []int64, amount int64, stock []int64) ([]int64, error) {
	out, _, err := m.appendChange(dst, amount, stock)
	return out, err
}

func (m *ChangeMaker) minorText(v int64) string {
	return pyfmt.DecimalString(decimal.New(v, int32(-m.exp)))
}

func (m *ChangeMaker) bigText(v *big.Int) string {
	return pyfmt.DecimalString(decimal.NewFromBigInt(v, int32(-m.exp)))
}

func errNegative(text string) error {
	return pyerr.ValueError("amount must not be negative: " + text)
}

func (m *ChangeMaker) errFiner(text string) error {
	return pyerr.ValueError("amount " + text + " is finer than " + m.minorText(m.step) +
		", the smallest step the denominations can make; give a rounding mode to round it")
}

func (m *ChangeMaker) errLimit(text string, what string) error {
	return pyerr.ValueError("amount " + text + " is too large for the fewest-pieces search " + what + " (pyround's limit)")
}

func (m *ChangeMaker) denomsText() string {
	var b strings.Builder
	for i, v := range m.desc {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(m.minorText(v))
	}
	return b.String()
}

// checkStock validates stock and reports whether it limits anything.
func (m *ChangeMaker) checkStock(stock []int64) (limited bool, err error) {
	if stock == nil {
		return false, nil
	}
	if len(stock) != len(m.vals) {
		return false, pyerr.ValueError("stock has " + strconv.Itoa(len(stock)) + " entries for " + strconv.Itoa(len(m.vals)) + " denominations")
	}
	for i, s := range stock {
		switch {
		case s == Unlimited:
		case s < 0:
			return false, pyerr.ValueError("stock of " + m.minorText(m.vals[i]) + " is " + strconv.FormatInt(s, 10) + "; want a count >= 0 or Unlimited (-1)")
		default:
			limited = true
		}
	}
	return limited, nil
}

// appendChange is AppendChange also reporting whether the breakdown is
// the greedy one.
func (m *ChangeMaker) appendChange(dst []int64, amount int64, stock []int64) ([]int64, bool, error) {
	limited, err := m.checkStock(stock)
	if err != nil {
		return dst, false, err
	}
	switch {
	case amount < 0:
		return dst, false, errNegative(strconv.FormatInt(amount, 10))
	case amount%m.step != 0:
		return dst, false, m.errFiner(m.minorText(amount))
	}
	n0 := len(dst)
	if m.canonical {
		var out []int64
		var rem int64
		var scratch [MaxDenominations]int64
		if m.identity {
			out, rem, err = AppendBreakdown(dst, amount, m.desc)
		} else {
			var counts []int64
			counts, rem, err = AppendBreakdown(scratch[:0], amount, m.desc)
			out = append(dst, scratch[:len(m.vals)]...)
			for k, i := range m.order {
				out[n0+i] = counts[k]
			}
		}
		if err != nil || rem != 0 { // unreachable: the smallest value is the step
			return dst, false, pyerr.ValueError("greedy breakdown failed")
		}
		if !limited || fits(out[n0:], stock) {
			return out, true, nil
		}
		dst = out[:n0]
	}
	// The fewest-pieces search, in units of step, largest value first.
	a := amount / m.step
	var scaled [MaxDenominations]int64
	var caps [MaxDenominations]int64
	for k, i := range m.order {
		scaled[k] = m.desc[k] / m.step
		caps[k] = Unlimited
		if limited {
			caps[k] = stock[i]
		}
	}
	var counts [MaxDenominations]int64
	n := len(m.vals)
	if !limited {
		if a > MaxOptimalSteps {
			return dst, false, m.errLimit(m.minorText(amount), "(amount/step "+strconv.FormatInt(a, 10)+" > "+strconv.Itoa(MaxOptimalSteps)+")")
		}
		if !fewestUnbounded(counts[:n], scaled[:n], a) {
			return dst, false, pyerr.ValueError("cannot make " + m.minorText(amount) + " from the denominations " + m.denomsText())
		}
	} else {
		// What the stock holds in total, in units of step (saturating).
		var total uint64
		unlimited := false
		for k := 0; k < n; k++ {
			if caps[k] == Unlimited {
				unlimited = true
				continue
			}
			hi, lo := bits.Mul64(uint64(caps[k]), uint64(scaled[k]))
			if hi != 0 || lo > math.MaxInt64 || total+lo > math.MaxInt64 {
				unlimited = true // more than any int64 amount
				continue
			}
			total += lo
		}
		if !unlimited && uint64(a) > total {
			return dst, false, pyerr.ValueError("cannot make " + m.minorText(amount) + " from the stock: it holds " +
				m.bigText(new(big.Int).Mul(new(big.Int).SetUint64(total), big.NewInt(m.step))) + " in total")
		}
		used := 0
		for k := 0; k < n; k++ {
			if caps[k] != 0 {
				used++
			}
		}
		if used > 0 && (a+1) > MaxStockCells/int64(used) {
			return dst, false, m.errLimit(m.minorText(amount), "with a limited stock ((amount/step+1) * "+strconv.Itoa(used)+" > "+strconv.Itoa(MaxStockCells)+")")
		}
		if !fewestBounded(counts[:n], scaled[:n], caps[:n], a) {
			return dst, false, pyerr.ValueError("cannot make " + m.minorText(amount) + " from the stock: no combination of the pieces in stock sums to it")
		}
	}
	out := append(dst, counts[:n]...)
	for k, i := range m.order {
		out[n0+i] = counts[k]
	}
	return out, false, nil
}

// fits reports whether counts (given order) stay within stock.
func fits(counts, stock []int64) bool {
	for i, c := range counts {
		if stock[i] != Unlimited && c > stock[i] {
			return false
		}
	}
	return true
}

const inf32 = math.MaxInt32

// fewestUnbounded sets counts (parallel to c, largest first, scaled so
// that amounts are in steps) to the fewest-pieces breakdown of a with the
// most large pieces, or reports false when a cannot be made. dp[x] is the
// fewest pieces for x; walking back from a it takes the largest value
// that stays on a fewest-pieces path, which maximizes the count of the
// largest value, then the next, and so on.
func fewestUnbounded(counts, c []int64, a int64) bool {
	dp := make([]int32, a+1)
	for x := int64(1); x <= a; x++ {
		best := int32(inf32)
		for _, v := range c {
			if v <= x && dp[x-v] < best {
				best = dp[x-v]
			}
		}
		if best != inf32 {
			best++
		}
		dp[x] = best
	}
	if dp[a] == inf32 {
		return false
	}
	clear(counts)
	for x := a; x > 0; {
		for k, v := range c {
			if v <= x && dp[x-v] == dp[x]-1 {
				counts[k]++
				x -= v
				break
			}
		}
	}
	return true
}

// fewestBounded is fewestUnbounded with at most caps[k] pieces of c[k]
// (Unlimited: any number). Layer k of the table holds the fewest pieces
// using the values c[k..n-1] (the smaller ones), computed from layer k+1
// with a sliding-window minimum over each residue class modulo c[k]; the
// walk back takes as many of c[0] as any fewest-pieces breakdown allows,
// then of c[1], and so on.
func fewestBounded(counts, c, caps []int64, a int64) bool {
	n := len(c)
	clear(counts)
	layers := make([][]int32, n+1)
	base := make([]int32, a+1)
	for x := range base {
		base[x] = inf32
	}
	base[0] = 0
	layers[n] = base
	type item struct {
		j   int64
		val int64
	}
	var dq []item
	for k := n - 1; k >= 0; k-- {
		prev := layers[k+1]
		if caps[k] == 0 {
			layers[k] = prev
			continue
		}
		cur := make([]int32, a+1)
		v, s := c[k], caps[k]
		if s == Unlimited || s > a/v {
			s = a/v + 1
		}
		for r := int64(0); r < v && r <= a; r++ {
			dq = dq[:0]
			head := 0
			for j, x := int64(0), r; x <= a; j, x = j+1, x+v {
				if p := prev[x]; p != inf32 {
					val := int64(p) - j
					for len(dq) > head && dq[len(dq)-1].val >= val {
						dq = dq[:len(dq)-1]
					}
					dq = append(dq, item{j, val})
				}
				for len(dq) > head && dq[head].j < j-s {
					head++
				}
				if len(dq) > head {
					cur[x] = int32(dq[head].val + j)
				} else {
					cur[x] = inf32
				}
			}
		}
		layers[k] = cur
	}
	if layers[0][a] == inf32 {
		return false
	}
	x := a
	for k := 0; k < n; k++ {
		want := int64(layers[k][x])
		if caps[k] == 0 {
			continue
		}
		prev := layers[k+1]
		t := x / c[k]
		if caps[k] != Unlimited && caps[k] < t {
			t = caps[k]
		}
		for ; t >= 0; t-- {
			if p := prev[x-t*c[k]]; p != inf32 && int64(p)+t == want {
				break
			}
		}
		counts[k] = t
		x -= t * c[k]
	}
	return true
}

// ChangeOptions are the optional settings of MakeChange.
type ChangeOptions struct {
	// Stock holds how many pieces of each of the currency's denominations
	// are available, in the currency's order; nil or Unlimited (-1)
	// entries mean any number.
	Stock []int64
	// Round rounds an amount that is finer than the denominations can
	// make to a multiple of the step (the greatest common divisor of the
	// denominations, which is the smallest one in every built-in set:
	// 0.05 for CHF) with Mode, applied exactly to amount/step. Swiss cash
	// rounding is Round with HalfUp (2.02 -> 2.00, 2.03 -> 2.05).
	Round bool
	Mode  rounding.Mode
}

// Piece is one denomination of a breakdown and its count.
type Piece struct {
	Denomination
	Count int64
}

// Subtotal returns the value of p's pieces, p.Count × p.Value minor units,
// in major units with the change's exponent (exact at any size).
func (c *Change) Subtotal(p Piece) decimal.Decimal {
	return decimal.NewFromBigInt(new(big.Int).Mul(big.NewInt(p.Value), big.NewInt(p.Count)), int32(-c.Exponent))
}

// Count returns the number of pieces in c, a big.Int because a sum of
// int64 counts may pass int64.
func (c *Change) Count() *big.Int {
	n := new(big.Int)
	for _, p := range c.Pieces {
		n.Add(n, big.NewInt(p.Count))
	}
	return n
}

// Change is the result of MakeChange.
type Change struct {
	// Amount is the amount broken down, in major units with exponent
	// -Exponent: the input, or the input rounded when Rounded.
	Amount   decimal.Decimal
	Exponent int
	Rounded  bool // Amount differs from the amount given
	Greedy   bool // the greedy breakdown (optimal for this system and stock)
	// Pieces has one entry per denomination of the currency, in its
	// order, zero counts included.
	Pieces []Piece
}

// MakeChange breaks an amount in major units (20.50 dollars) into the
// notes and coins of c (a built-in Currency or one with custom
// denominations; a Currency with a Code and no Denominations, such as
// CurrencyByCode("KWD"), is a ValueError naming the codes with notes and
// coins), as ChangeMaker.Change does for minor units: sums exactly
// to the amount, fewest pieces, most large pieces among those; greedy when
// the system is canonical and the stock allows it.
//
// An amount that is not a multiple of the step (1.234 USD, or 0.03 CHF
// whose smallest coin is 0.05) is a ValueError unless opt.Round is set;
// then amount/step is rounded to an integer exactly with opt.Mode
// (half-even: 0.025 CHF is 0.00 and 0.075 is 0.10, since 0.5 and 1.5
// round to 0 and 2 steps). A negative amount is a ValueError (change is
// never negative); zero gives all counts zero. Amounts past int64 minor
// units are fine when greedy applies; a count that does not fit int64 is
// an OverflowError, and the fewest-pieces search keeps its limits.
func MakeChange(amount decimal.Decimal, c Currency, opt *ChangeOptions) (*Change, error) {
	if opt == nil {
		opt = &ChangeOptions{}
	}
	if c.Code != "" && len(c.Denominations) == 0 {
		return nil, errNoNotes(c.Code)
	}
	m, err := NewChangeMaker(c.Values(), c.Exponent)
	if err != nil {
		return nil, err
	}
	limited, err := m.checkStock(opt.Stock)
	if err != nil {
		return nil, err
	}
	if amount.Sign() < 0 {
		return nil, errNegative(pyfmt.DecimalString(amount))
	}
	if amount.Exponent() > math.MaxInt32-MaxExponent {
		return nil, rounding.ErrTooManyDigits
	}
	stepD := decimal.New(m.step, 0)
	steps, rem, err := divmod.DivModDecimal(amount.Shift(int32(c.Exponent)), stepD)
	if err != nil {
		return nil, err
	}
	rounded := false
	if rem.Sign() != 0 {
		if !opt.Round {
			return nil, m.errFiner(pyfmt.DecimalString(amount))
		}
		// amount/step lies strictly between steps and steps+1; a stand-in
		// with the same integer part and the same side of the half rounds
		// the same way in every mode.
		frac := decimal.New(25, -2)
		// rem < 0.1 is below half a step (>= 1) whatever its digits; only
		// then can the exponents be far apart, so Cmp never rescales far.
		if int64(rem.Exponent())+int64(rem.NumDigits()) > -1 {
			switch rem.Mul(decimal.New(2, 0)).Cmp(stepD) {
			case 0:
				frac = decimal.New(5, -1)
			case 1:
				frac = decimal.New(75, -2)
			}
		}
		if steps, err = rounding.RoundDecimal(steps.Add(frac), 0, opt.Mode); err != nil {
			return nil, err
		}
		rounded = true
	}
	minor := steps.Mul(stepD).BigInt()
	res := &Change{Amount: decimal.NewFromBigInt(minor, int32(-c.Exponent)), Exponent: c.Exponent, Rounded: rounded,
		Pieces: make([]Piece, len(c.Denominations))}
	for i, d := range c.Denominations {
		res.Pieces[i].Denomination = d
	}
	if minor.IsInt64() {
		counts, greedy, err := m.appendChange(make([]int64, 0, len(c.Denominations)), minor.Int64(), opt.Stock)
		if err != nil {
			return nil, err
		}
		for i, n := range counts {
			res.Pieces[i].Count = n
		}
		res.Greedy = greedy
		return res, nil
	}
	text := m.bigText(minor)
	if limited {
		total, unlimited := new(big.Int), false
		for i, d := range c.Denominations {
			if opt.Stock[i] == Unlimited {
				unlimited = true
				break
			}
			total.Add(total, new(big.Int).Mul(big.NewInt(opt.Stock[i]), big.NewInt(d.Value)))
		}
		if !unlimited && total.Cmp(minor) < 0 {
			return nil, pyerr.ValueError("cannot make " + text + " from the stock: it holds " + m.bigText(total) + " in total")
		}
	}
	if !m.canonical {
		return nil, m.errLimit(text, "(amount/step > "+strconv.Itoa(MaxOptimalSteps)+")")
	}
	units := make([]*big.Int, len(m.desc))
	for k, v := range m.desc {
		units[k] = big.NewInt(v)
	}
	counts, _, err := BreakdownBig(minor, units)
	if err != nil {
		return nil, err
	}
	if limited {
		for k, i := range m.order {
			if s := opt.Stock[i]; s != Unlimited && counts[k].Cmp(big.NewInt(s)) > 0 {
				return nil, m.errLimit(text, "with a limited stock (amount/step past int64)")
			}
		}
	}
	for k, i := range m.order {
		if !counts[k].IsInt64() {
			return nil, pyerr.OverflowError("amount " + text + " needs " + counts[k].String() + " pieces of " +
				m.minorText(m.desc[k]) + ", more than an int64 count (pyround's limit)")
		}
		res.Pieces[i].Count = counts[k].Int64()
	}
	res.Greedy = true
	return res, nil
}
