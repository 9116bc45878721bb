module github.com/pyround/pyround/bench/libs

go 1.26.0

replace github.com/pyround/pyround => ../../

require (
	github.com/cockroachdb/apd/v3 v3.2.3
	github.com/ericlagergren/decimal v0.0.0-20190204014639-71cf34b7c2b5
	github.com/govalues/decimal v0.1.36
	github.com/pyround/pyround v0.0.0-00010101000000-000000000000
	github.com/shopspring/decimal v1.6.0
)

require golang.org/x/text v0.44.0 // indirect
