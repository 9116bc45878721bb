module github.com/pyround/pyround/browser

go 1.26.0

require (
	github.com/chromedp/chromedp v0.23.1
	github.com/pyround/pyround v0.0.0-20261206035305-f7db5873894d
)

require (
	github.com/chromedp/cdproto v0.160.1 // indirect
	github.com/cockroachdb/apd/v3 v3.2.3 // indirect
	github.com/go-json-experiment/json v0.0.0-20260213210345-44df1a37e875 // indirect
	github.com/shopspring/decimal v1.6.0 // indirect
	golang.org/x/text v0.44.0 // indirect
)

