package workbench

import "testing"

func BenchmarkExplainJSON(b *testing.B) {
	xs := []float64{2.675, 1.005, 0.125, 2.5, -0.045, 123456.789, 1e-7, 0.1}
	for i := 0; b.Loop(); i++ {
		if _, err := ExplainJSON(xs[i%len(xs)], i%4); err != nil {
			b.Fatal(err)
		}
	}
}
