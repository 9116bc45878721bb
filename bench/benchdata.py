"""Benchmark data shared by the CPython baseline scripts.

The Go benchmarks generate the same sequences (splitmix64), and tests pin
the first and last values, so Go and CPython are timed on identical inputs.
"""

MASK = (1 << 64) - 1


def splitmix_floats(n, seed, scale):
    """n floats uniform in [-scale, scale] from splitmix64 seeded with seed."""
    xs = []
    state = seed
    for _ in range(n):
        state = (state + 0x9E3779B97F4A7C15) & MASK
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        z ^= z >> 31
        xs.append((z >> 11) * 2.0 ** -53 * 2 * scale - scale)
    return xs
