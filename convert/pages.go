package convert

import (
	"math"
	"strconv"

	"github.com/pyround/pyround/pyerr"
)

// OutOfRange says what Paginate does with a page number outside
// 1..LastPage.
type OutOfRange uint8

const (
	// Clamp moves the page number into 1..LastPage.
	Clamp OutOfRange = iota
	// Reject makes it a ValueError.
	Reject
)

func errPerPage(perPage int64) error {
	return pyerr.ValueError("page size " + strconv.FormatInt(perPage, 10) + " is not positive")
}

// checkPaging returns the ValueError for a page size that is not positive
// or a count (what names it) that is negative.
func checkPaging(what string, n, perPage int64) error {
	if perPage <= 0 {
		return errPerPage(perPage)
	}
	if n < 0 {
		return pyerr.ValueError(what + " " + strconv.FormatInt(n, 10) + " is negative")
	}
	return nil
}

func errPageRange(page, last int64) error {
	return pyerr.ValueError("page " + strconv.FormatInt(page, 10) + " is out of range 1.." + strconv.FormatInt(last, 10))
}

// Pages returns the number of pages of perPage items that hold total
// items, the ceiling division -(-total // perPage) done exactly: 95
// items of 10 are 10 pages, 0 items are 0 pages. A page size that is not
// positive or a negative total is a ValueError.
func Pages(total, perPage int64) (int64, error) {
	if err := checkPaging("total", total, perPage); err != nil {
		return 0, err
	}
	n := total / perPage
	if total%perPage != 0 {
		n++
	}
	return n, nil
}

// PageOf returns the 1-based page that holds the item of 0-based index
// index, index // perPage + 1. A negative index or a page size that is
// not positive is a ValueError; the one page number past int64
// (index math.MaxInt64 with perPage 1) is an OverflowError.
func PageOf(index, perPage int64) (int64, error) {
	if err := checkPaging("item index", index, perPage); err != nil {
		return 0, err
	}
	q := index / perPage
	if q == math.MaxInt64 {
		return 0, pyerr.OverflowError("page of item " + strconv.FormatInt(index, 10) + " does not fit in int64 (pyround's limit)")
	}
	return q + 1, nil
}

// Page is one page of a paginated list.
type Page struct {
	Number  int64 // 1-based page number, in 1..LastPage()
	Pages   int64 // number of pages, Pages(Total, PerPage) (0 for an empty list)
	Total   int64 // number of items
	PerPage int64 // page size
	Offset  int64 // 0-based index of the first item on the page
	Limit   int64 // number of items on the page (0 only for an empty list)
}

// LastPage returns the last valid page number: Pages, or 1 for an empty
// list, whose one page is empty.
func (p Page) LastPage() int64 { return max(p.Pages, 1) }

// Paginate returns page number page of total items, perPage to a page.
// Valid pages are 1..max(Pages(total, perPage), 1): an empty list has one
// empty page. A page outside is moved into range with Clamp, and is a
// ValueError ("page 12 is out of range 1..10") with Reject. Errors are
// Pages's otherwise.
func Paginate(total, perPage, page int64, mode OutOfRange) (Page, error) {
	n, err := Pages(total, perPage)
	if err != nil {
		return Page{}, err
	}
	last := max(n, 1)
	if page < 1 || page > last {
		if mode != Clamp {
			return Page{}, errPageRange(page, last)
		}
		page = min(max(page, 1), last)
	}
	offset := (page - 1) * perPage // <= total - 1 when total > 0: no overflow
	return Page{Number: page, Pages: n, Total: total, PerPage: perPage, Offset: offset, Limit: min(perPage, total-offset)}, nil
}

// AppendShowing appends the page's "Showing 21–30 of 95" text (1-based
// first and last item numbers, an en dash between them) to dst; for an
// empty list it is "Showing 0 of 0".
func (p Page) AppendShowing(dst []byte) []byte {
	dst = append(dst, "Showing "...)
	if p.Limit > 0 {
		dst = strconv.AppendInt(dst, p.Offset+1, 10)
		dst = append(dst, "\u2013"...)
		dst = strconv.AppendInt(dst, p.Offset+p.Limit, 10)
	} else {
		dst = append(dst, '0')
	}
	dst = append(dst, " of "...)
	return strconv.AppendInt(dst, p.Total, 10)
}

// Showing returns the page's "Showing 21–30 of 95" text.
func (p Page) Showing() string { return string(p.AppendShowing(nil)) }

// Link is one item of a window of page links: a page number, marked if
// it is the current page, or an ellipsis standing for skipped pages.
type Link struct {
	Number   int64 // the page; 0 for an ellipsis
	Current  bool
	Ellipsis bool
}

// Window returns the page links to show for page current of pages: the
// first and last page, the pages within around of current, and an
// ellipsis for each gap of two or more pages (a gap of a single page
// shows that page instead): current 6 of 20 with around 2 is
// 1 … 4 5 [6] 7 8 … 20. An empty list (pages 0) has the one page 1.
// A current page outside 1..max(pages, 1) or a negative around is a
// ValueError, and so is a window of more than 65536 pages.
func Window(current, pages int64, around int) ([]Link, error) {
	if around < 0 {
		return nil, pyerr.ValueError("window size " + strconv.Itoa(around) + " is negative")
	}
	last := max(pages, 1)
	if current < 1 || current > last {
		return nil, errPageRange(current, last)
	}
	lo, hi := current-min(int64(around), current-1), current+min(int64(around), last-current)
	if hi-lo >= maxWindow {
		return nil, pyerr.ValueError("window of " + strconv.FormatInt(hi-lo+1, 10) + " pages is too large (pyround's limit: " + strconv.Itoa(maxWindow) + ")")
	}
	links := make([]Link, 0, hi-lo+5)
	prev := int64(0)
	add := func(p int64) {
		switch {
		case p-prev == 2:
			links = append(links, Link{Number: p - 1})
		case p-prev > 2:
			links = append(links, Link{Ellipsis: true})
		}
		links = append(links, Link{Number: p, Current: p == current})
		prev = p
	}
	if lo > 1 {
		add(1)
	}
	for k := int64(0); k <= hi-lo; k++ { // not p <= hi: hi may be MaxInt64
		add(lo + k)
	}
	if hi < last {
		add(last)
	}
	return links, nil
}

// maxWindow is the most pages Window lists around the current one.
const maxWindow = 1 << 16

// WindowString returns the links as text, separated by spaces: numbers,
// the current one in brackets, "…" for an ellipsis.
func WindowString(links []Link) string {
	var b []byte
	for i, l := range links {
		if i > 0 {
			b = append(b, ' ')
		}
		switch {
		case l.Ellipsis:
			b = append(b, "\u2026"...)
		case l.Current:
			b = append(strconv.AppendInt(append(b, '['), l.Number, 10), ']')
		default:
			b = strconv.AppendInt(b, l.Number, 10)
		}
	}
	return string(b)
}
