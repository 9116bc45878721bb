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


def splitmix(seed):
    """The splitmix64 generator seeded with seed: an iterator of 64-bit ints."""
    state = seed
    while True:
        state = (state + 0x9E3779B97F4A7C15) & MASK
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        yield z ^ (z >> 31)


# The generators below mirror bench/libs/data.go (Prices, Decimals,
# DecPairs, IntPairs, FloatPairs) value for value.


def prices(n, seed):
    """n floats k/1000, k uniform in [-1e9, 1e9): three typed decimals."""
    g = splitmix(seed)
    return [((next(g) % 2_000_000_000) - 1_000_000_000) / 1000 for _ in range(n)]


def decimals(n, seed):
    """n (coefficient, exponent) pairs: up to 18 digits, 0 to 8 decimals."""
    g = splitmix(seed)
    out = []
    for _ in range(n):
        c = (next(g) % 10**18) - 5 * 10**17
        e = -(next(g) % 9)
        out.append((c, e))
    return out


def dec_pairs(n, seed):
    """n ((c, e), (c, e)) dividend, divisor pairs, the divisor non-zero."""
    g = splitmix(seed)
    out = []
    for _ in range(n):
        a = ((next(g) % (2 * 10**15)) - 10**15, -(next(g) % 9))
        b = ((next(g) % 2_000_000) - 1_000_000, -(next(g) % 3))
        if b[0] == 0:
            b = (1, b[1])
        out.append((a, b))
    return out


def int_pairs(n, seed):
    """n (a, b) int pairs, a in [-1e12, 1e12), b non-zero in [-1e6, 1e6)."""
    g = splitmix(seed)
    out = []
    for _ in range(n):
        a = (next(g) % 2_000_000_000_000) - 1_000_000_000_000
        b = (next(g) % 2_000_000) - 1_000_000
        out.append((a, b or 1))
    return out


def float_pairs(n, seed):
    """n (a, b) float pairs: a in [-1e6, 1e6], b in [-1e3, 1e3] non-zero."""
    bs = [b if b != 0 else 1.0 for b in splitmix_floats(n, seed + 1, 1e3)]
    return list(zip(splitmix_floats(n, seed, 1e6), bs))


def to_decimal(ce):
    """The Decimal coefficient * 10**exponent, exactly."""
    from decimal import Decimal

    c, e = ce
    return Decimal(f"{c}E{e}")


if __name__ == "__main__":
    # The values bench/libs's TestDataMatchesPython pins.
    fs = splitmix_floats(1 << 20, 1, 1e6)
    print(fs[0], fs[-1], prices(1, 3)[0], decimals(1, 4)[0], int_pairs(1, 5)[0], float_pairs(1, 1)[0], dec_pairs(1, 6)[0])
