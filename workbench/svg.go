package workbench

import (
	"fmt"
	"html"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/pyround/pyround/rounding"
)

// modeColours are the chart colours of the eight modes, in rounding.Modes order.
var modeColours = [...]string{"#1b9e3b", "#d62728", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#17becf"}

// WriteSVG draws the running error of each result against the value
// index as an SVG line chart with a zero line, axis labels and a legend.
// Series of more than ChartPoints points are thinned by Downsample (each
// kept point is a real running total, and every bucket's extremes are
// kept); both axes have NiceTicks.
func WriteSVG(w io.Writer, results []BiasResult, title string) error {
	const W, H, left, right, top, bottom = 900.0, 480.0, 90.0, 190.0, 40.0, 50.0
	pw, ph := W-left-right, H-top-bottom
	n := 0
	lo, hi := 0.0, 0.0
	for _, r := range results {
		n = max(n, len(r.Running))
		for _, v := range r.Running {
			lo, hi = math.Min(lo, v), math.Max(hi, v)
		}
	}
	// Both axes end on their outermost nice ticks (NiceTicks, as the web
	// workbench's chart): the y axis covers the data and 0, the x axis
	// the value numbers from 0.
	yt := NiceTicks(lo, hi, MaxTicks)
	xt := IndexTicks(n)
	lo, hi = yt[0], yt[len(yt)-1]
	x0, x1 := xt[0], xt[len(xt)-1]
	xOf := func(i int) float64 { return left + pw*(float64(i)-x0)/(x1-x0) }
	yOf := func(v float64) float64 { return top + ph*(hi-v)/(hi-lo) }
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%g" height="%g" viewBox="0 0 %g %g" font-family="sans-serif" font-size="12">`+"\n", W, H, W, H)
	fmt.Fprintf(&b, `<rect width="%g" height="%g" fill="white"/>`+"\n", W, H)
	fmt.Fprintf(&b, `<text x="%g" y="22" font-size="15" font-weight="bold">%s</text>`+"\n", left, html.EscapeString(title))
	fmt.Fprintf(&b, `<rect x="%g" y="%g" width="%g" height="%g" fill="none" stroke="#999"/>`+"\n", left, top, pw, ph)
	for _, v := range yt {
		fmt.Fprintf(&b, `<line x1="%g" y1="%.2f" x2="%g" y2="%.2f" stroke="#ddd"/>`+"\n", left, yOf(v), left+pw, yOf(v))
		fmt.Fprintf(&b, `<text x="%g" y="%.1f" text-anchor="end">%s</text>`+"\n", left-6, yOf(v)+4, tickLabel(v))
	}
	for _, v := range xt {
		x := left + pw*(v-x0)/(x1-x0)
		fmt.Fprintf(&b, `<line x1="%.2f" y1="%g" x2="%.2f" y2="%g" stroke="#999"/>`+"\n", x, top+ph, x, top+ph+5)
		fmt.Fprintf(&b, `<text x="%.2f" y="%g" text-anchor="middle">%s</text>`+"\n", x, top+ph+18, tickLabel(v))
	}
	if lo < 0 && hi > 0 {
		fmt.Fprintf(&b, `<line x1="%g" y1="%.2f" x2="%g" y2="%.2f" stroke="#333" stroke-dasharray="4 3"/>`+"\n", left, yOf(0), left+pw, yOf(0))
	}
	fmt.Fprintf(&b, `<text x="%g" y="%g" text-anchor="middle">value number (1 … %d)</text>`+"\n", left+pw/2, H-10, n)
	fmt.Fprintf(&b, `<text transform="translate(18 %g) rotate(-90)" text-anchor="middle">running total error</text>`+"\n", top+ph/2)
	// HALF_EVEN is drawn last, on top, and thicker.
	for i := len(results) - 1; i >= 0; i-- {
		r := results[i]
		m, _ := rounding.ParseMode(r.Mode)
		colour := modeColours[int(m)%len(modeColours)]
		width := 1.5
		if m == rounding.HalfEven {
			width = 3
		}
		xs, ys := Downsample(r.Running, ChartPoints)
		var pts strings.Builder
		for j := range xs {
			if j > 0 {
				pts.WriteByte(' ')
			}
			fmt.Fprintf(&pts, "%.2f,%.2f", xOf(xs[j]), yOf(ys[j]))
		}
		fmt.Fprintf(&b, `<polyline fill="none" stroke="%s" stroke-width="%g" points="%s"/>`+"\n", colour, width, pts.String())
		ly := top + 10 + float64(i)*20
		fmt.Fprintf(&b, `<line x1="%g" y1="%g" x2="%g" y2="%g" stroke="%s" stroke-width="%g"/>`+"\n", left+pw+12, ly, left+pw+36, ly, colour, width)
		fmt.Fprintf(&b, `<text x="%g" y="%g">%s</text>`+"\n", left+pw+42, ly+4, html.EscapeString(r.Mode))
	}
	b.WriteString("</svg>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// tickLabel prints a tick (a NiceTicks value) as its shortest decimal:
// "0.05", "-0.2", "2000", "1e+06" beyond six digits.
func tickLabel(v float64) string {
	if v == 0 {
		return "0"
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}
