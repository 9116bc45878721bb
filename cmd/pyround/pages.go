package main

import (
	"fmt"

	"github.com/pyround/pyround/convert"
	"github.com/pyround/pyround/pyops"
	"github.com/spf13/cobra"
)

// linkJSON is one page link in `pyround pages --json`.
type linkJSON struct {
	Page     int64 `json:"page,omitempty"`
	Current  bool  `json:"current,omitempty"`
	Ellipsis bool  `json:"ellipsis,omitempty"`
}

func newPagesCmd() *cobra.Command {
	var perText, pageText string
	var around int
	var clamp, asJSON bool
	cmd := &cobra.Command{
		Use:   "pages TOTAL --per-page N [--page P] [--clamp] [--window K] [--json]",
		Short: "Paginate TOTAL items: page count -(-TOTAL // N), offset and limit, page links",
		Long: `Print the pagination of TOTAL items, N to a page: the number of pages
(the exact ceiling division -(-TOTAL // N)), then for page P (default 1)
its offset (0-based index of its first item) and limit (its number of
items), the "Showing 21–30 of 95" text, and the page links around P with
ellipses for skipped pages (1 … 4 5 [6] 7 8 … 20; --window K pages either
side, default 2).

An empty list has one empty page ("Showing 0 of 0"). A page outside
1..pages is an error unless --clamp moves it into range. A page size
that is not positive or a negative TOTAL is an error (exit status 1).`,
		Example: `  pyround pages 95 --per-page 10 --page 3
  pyround pages 200 --per-page 10 --page 6 --json
  pyround pages 95 --per-page 10 --page 99 --clamp`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !cmd.Flags().Changed("per-page") {
				return fmt.Errorf("required flag --per-page N not set")
			}
			fields, err := pagesFields(args[0], perText, pageText, around, clamp, asJSON)
			if err != nil {
				return valueOrUsageError(cmd, err)
			}
			return writeKVFields(cmd.OutOrStdout(), fields, asJSON)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&perText, "per-page", "n", "", "page size N (required)")
	f.StringVarP(&pageText, "page", "p", "1", "page number P, from 1")
	f.IntVar(&around, "window", 2, "page links shown on each side of the current page")
	f.BoolVar(&clamp, "clamp", false, "move an out-of-range page into 1..pages instead of failing")
	f.BoolVar(&asJSON, "json", false, "print one JSON object instead of a table")
	return cmd
}

// pagesFields computes the result of `pyround pages`.
func pagesFields(totalText, perText, pageText string, around int, clamp, asJSON bool) ([]kvField, error) {
	total, err := pyops.ParseInt64("total", totalText)
	if err != nil {
		return nil, err
	}
	per, err := pyops.ParseInt64("page size", perText)
	if err != nil {
		return nil, err
	}
	page, err := pyops.ParseInt64("page", pageText)
	if err != nil {
		return nil, err
	}
	mode := convert.Reject
	if clamp {
		mode = convert.Clamp
	}
	p, err := convert.Paginate(total, per, page, mode)
	if err != nil {
		return nil, err
	}
	links, err := convert.Window(p.Number, p.Pages, around)
	if err != nil {
		return nil, err
	}
	var linkValue any = convert.WindowString(links)
	if asJSON {
		js := make([]linkJSON, len(links))
		for i, l := range links {
			js[i] = linkJSON{l.Number, l.Current, l.Ellipsis}
		}
		linkValue = js
	}
	return []kvField{
		{"total", "total", total},
		{"per page", "per_page", per},
		{"pages", "pages", p.Pages},
		{"page", "page", p.Number},
		{"offset", "offset", p.Offset},
		{"limit", "limit", p.Limit},
		{"showing", "showing", p.Showing()},
		{"links", "links", linkValue},
	}, nil
}
