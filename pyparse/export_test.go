package pyparse

// NormalizeLong exposes normalizeLong to the external tests.
var NormalizeLong = normalizeLong
