package workbench

import "strconv"

func mustFloat(s string) float64 {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		panic(err)
	}
	return f
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

var zero float64
