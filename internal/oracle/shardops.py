"""The shard and chunks operations of the oracle (issue 19): pyround shard
and pyround chunks, as the Python code they stand for computes them.

    shard      HASH K KEY        the shard number of KEY among K parts
    chunks     MODE N K I        "COUNT;LINE;JSON" of chunk I ("" = COUNT only)
    chunksall  MODE N K FORMAT   the whole output, every chunk (FORMAT lines|json)

oracle.py imports this module and lists the ops in its OPS registry.
"""

import hashlib
import json
import zlib

# pyround's bound on K for shard: one output file per part.
SHARD_MAX_PARTS = 1_000_000
HASHES = ("crc32", "md5", "sha1", "sha256", "none")


def _shard_parts(k):
    """K as pyops.NewShard reads it: int(k), then 1 <= K <= 1,000,000."""
    K = int(k)
    if K < 1:
        raise ValueError("parts must be at least one")
    if K > SHARD_MAX_PARTS:
        raise ValueError("parts must be at most %d (pyround's limit)" % SHARD_MAX_PARTS)
    return K


def evaluate_shard(args, protocol_error):
    """shard HASH K KEY: the formulas of the issue, which a Python job uses
    to put every key on the same shard as pyround."""
    if len(args) != 3:
        raise protocol_error("shard takes HASH K KEY")
    h, k, key = args
    K = _shard_parts(k)
    if h == "crc32":
        return str(zlib.crc32(key.encode()) % K)
    if h in ("md5", "sha1", "sha256"):
        return str(int(hashlib.new(h, key.encode()).hexdigest(), 16) % K)
    if h == "none":
        return str(int(key) % K)
    raise ValueError("unknown hash '%s'; want crc32, md5, sha1, sha256 or none" % h)


def _chunks_spec(mode, n, k):
    """(count, bounds) for MODE N K, or Python's ValueError: bounds(j) is
    chunk j's (start, stop) for 0 <= j < count."""
    N = int(n)
    K = int(k)
    if N < 0:
        raise ValueError("n must be a non-negative integer")  # math.comb's words
    if mode == "parts":
        if K < 1:
            raise ValueError("number sections must be larger than 0.")  # numpy.array_split's
        q, r = divmod(N, K)

        def bounds(j):
            start = j * q + min(j, r)
            return start, start + q + (1 if j < r else 0)

        return K, bounds
    if K < 1:
        raise ValueError("size must be at least one")  # itertools.batched's (3.12), n renamed
    starts = range(0, N, K)
    return -(-N // K), lambda j: (starts[j], min(starts[j] + K, N))


def _chunk_json(j, start, stop):
    return json.dumps({"index": j, "start": start, "stop": stop, "size": stop - start})


def evaluate_chunks(args, protocol_error):
    """chunks MODE N K I: COUNT, or with I "COUNT;INDEX START STOP;JSON" of
    chunk I (Python's index: negative counts from the end; out of range is
    range()'s IndexError)."""
    if len(args) != 4 or args[0] not in ("parts", "size"):
        raise protocol_error("chunks takes MODE(parts|size) N K I")
    mode, n, k, i = args
    count, bounds = _chunks_spec(mode, n, k)
    if i == "":
        return str(count)
    j = range(count)[int(i)]
    start, stop = bounds(j)
    return "%d;%d %d %d;%s" % (count, j, start, stop, _chunk_json(j, start, stop))


def evaluate_chunksall(args, protocol_error):
    """chunksall MODE N K FORMAT: the whole output, computed the literal way
    (numpy.array_split's section sizes and cumulative sum; range() slices)
    rather than by chunks' closed forms: FORMAT lines is one "INDEX START
    STOP" line per chunk, FORMAT json is json.dumps of the list of
    {"index", "start", "stop", "size"} dicts."""
    if len(args) != 4 or args[0] not in ("parts", "size") or args[3] not in ("lines", "json"):
        raise protocol_error("chunksall takes MODE(parts|size) N K FORMAT(lines|json)")
    mode, n, k, fmt = args
    count, _ = _chunks_spec(mode, n, k)  # the errors, in order
    N, K = int(n), int(k)
    if max(N, count) > 100_000:
        raise protocol_error("chunksall is for small N and K")
    if mode == "parts":
        # numpy/lib/shape_base.py array_split, on a list
        each, extras = divmod(N, K)
        sizes = [0] + extras * [each + 1] + (K - extras) * [each]
        points = [sum(sizes[:m + 1]) for m in range(len(sizes))]
        chunks = [(points[m], points[m + 1]) for m in range(K)]
    else:
        items = range(N)
        chunks = []
        for s in range(0, N, K):
            part = items[s:s + K]
            chunks.append((part.start, part.stop))
    if fmt == "lines":
        return "".join("%d %d %d\n" % (j, a, b) for j, (a, b) in enumerate(chunks))
    return json.dumps([{"index": j, "start": a, "stop": b, "size": b - a} for j, (a, b) in enumerate(chunks)])


# ---------------------------------------------------------------------------
# generators

_BAD_INTS = [
    "", " ", "abc", "1.5", "1e3", "0x10", "1__0", "_1", "1_", "+-1", "--1", "1 2", "٫5", "1,000",
    "\u200b12", "12\x1c", "nan", "inf", "−1", "0b1", "１.５",
]
_SPACES = [" ", "  ", "\r", "\x0b", "\x0c", "\xa0", "\u3000", "\u2003", "\x85"]
_UNICODE_DIGITS = ["0123456789", "٠١٢٣٤٥٦٧٨٩", "０１２３４５６７８９", "०१२३४५६७८९", "๐๑๒๓๔๕๖๗๘๙", "߀߁߂߃߄߅߆߇߈߉"]


def _int_text(rng, v):
    """An int() text of v: usually str(v), sometimes with underscores,
    leading zeros, a plus sign, Unicode digits or surrounding white space."""
    s = str(abs(v))
    c = rng.random()
    if c < 0.06 and len(s) > 1:
        i = rng.randint(1, len(s) - 1)
        s = s[:i] + "_" + s[i:]
    elif c < 0.09:
        s = "0" * rng.randint(1, 3) + s
    elif c < 0.12:
        table = rng.choice(_UNICODE_DIGITS[1:])
        s = "".join(table[int(d)] for d in s)
    sign = "-" if v < 0 else ("+" if rng.random() < 0.04 else "")
    s = sign + s
    if rng.random() < 0.06:
        s = rng.choice(_SPACES) + s + rng.choice(["", " ", "\r", "\u3000"])
    return s


def _gen_int_value(rng):
    c = rng.random()
    if c < 0.3:
        return rng.randint(-1000, 1000)
    if c < 0.5:
        base = rng.choice([2 ** 31, 2 ** 32, 2 ** 53, 2 ** 63, 2 ** 64, 2 ** 128, 10 ** rng.randint(1, 40)])
        return rng.choice([1, -1]) * (base + rng.randint(-5, 5))
    if c < 0.8:
        return rng.randint(-2 ** 63, 2 ** 63 - 1)
    n = rng.choice([rng.randint(19, 60), rng.randint(1, 400)])
    if rng.random() < 0.05:
        n = rng.randint(4290, 4300)  # up to int()'s limit: long texts, kept rare
    return rng.choice([1, -1]) * rng.randint(10 ** (n - 1), 10 ** n - 1)


def _gen_shard_parts(rng):
    c = rng.random()
    if c < 0.5:
        K = rng.choice([1, 2, 3, 4, 7, 8, 10, 16, 31, 64, 100, 256, 1000, 4096, 65536, 999_999, 1_000_000])
    elif c < 0.93:
        K = rng.choice([rng.randint(1, 100), rng.randint(1, 1_000_000), rng.randint(1, 5000)])
    elif c < 0.98:
        K = rng.choice([0, -1, -3, 1_000_001, 2 ** 31, 2 ** 63, 2 ** 64, 10 ** 30, -(10 ** 30)])
    else:
        return rng.choice(_BAD_INTS + ["9" * 4301])
    return _int_text(rng, K)


_KEY_ALPHABETS = [
    "abcdefghijklmnopqrstuvwxyz0123456789",
    "ABCDEF0123456789-_.:/@ ",
    "éüßçñ中文字キー한국🙂🚀\u0301\u200b",
    "0123456789",
    " \r\x0b\x0c\xa0,;\"'\\",
]


def _gen_key(rng):
    c = rng.random()
    if c < 0.05:
        return ""
    if c < 0.15:
        return _int_text(rng, _gen_int_value(rng))
    if c < 0.2:
        return rng.choice(["user-%d" % rng.randint(0, 10 ** 6), "%08x" % rng.getrandbits(32),
                           "2026-12-06T00:%02d:00Z" % rng.randint(0, 59)])
    alpha = rng.choice(_KEY_ALPHABETS)
    n = rng.choice([rng.randint(1, 8), rng.randint(1, 40), rng.randint(50, 300)])
    return "".join(rng.choice(alpha) for _ in range(n))


def generate_shard(rng):
    h = rng.choice(["crc32", "crc32", "crc32", "md5", "sha1", "sha256", "none", "none", "none"])
    if rng.random() < 0.005:
        h = rng.choice(["CRC32", "", "sha512", "zlib", "None"])
    if h == "none" and rng.random() < 0.85:
        if rng.random() < 0.1:
            key = rng.choice(_BAD_INTS + ["1" * 4301, "-" + "9" * 4301, "1_" * 10 + "1"])
        else:
            key = _int_text(rng, _gen_int_value(rng))
    else:
        key = _gen_key(rng)
    return [h, _gen_shard_parts(rng), key]


def _gen_chunk_ints(rng):
    """(N, K) values: small, at the int64 edges, and far past them."""
    c = rng.random()
    if c < 0.3:
        return rng.randint(0, 100), rng.randint(1, 120)
    if c < 0.45:
        n = rng.randint(0, 10 ** 6)
        return n, rng.choice([1, 2, 3, n, n + 1, n + rng.randint(1, 10), max(n - 1, 1), rng.randint(1, 10 ** 6)])
    if c < 0.6:
        edge = rng.choice([2 ** 31, 2 ** 32, 2 ** 63, 2 ** 64])
        n = edge + rng.randint(-3, 3)
        return n, rng.choice([1, 2, 3, 7, edge - 1, edge, edge + 1, n, n + 1, rng.randint(1, 2 ** 63)])
    if c < 0.8:
        d = rng.choice([rng.randint(19, 40), rng.randint(40, 400)])
        if rng.random() < 0.05:
            d = rng.randint(4290, 4300)  # up to int()'s limit: long texts, kept rare
        n = rng.randint(0, 10 ** d - 1)
        k = rng.choice([1, 2, 3, 10, rng.randint(1, 10 ** rng.randint(1, d)), n, n + 1, 10 ** d])
        return n, min(k, 10 ** 4300 - 1)
    if c < 0.9:
        return 0, rng.choice([1, 5, 10 ** 30])
    # errors: N < 0, K < 1, bad texts
    return rng.choice([-1, -5, -(2 ** 63) - 1, rng.randint(0, 50)]), rng.choice([0, -1, -(10 ** 20), 1, 3])


def _past_start(count):
    """The text of -count - 1, the index just before the first chunk,
    built digit by digit: for count = 10**4300 - 1 it has more digits than
    str() of an int may print (int() refuses it on both sides)."""
    digits = list(str(count))
    k = len(digits) - 1
    while k >= 0 and digits[k] == "9":
        digits[k] = "0"
        k -= 1
    if k < 0:
        return "-1" + "".join(digits)
    digits[k] = str(int(digits[k]) + 1)
    return "-" + "".join(digits)


def generate_chunks(rng):
    mode = rng.choice(["parts", "size"])
    n, k = _gen_chunk_ints(rng)
    ntext, ktext = _int_text(rng, n), _int_text(rng, k)
    if rng.random() < 0.02:
        if rng.random() < 0.5:
            ntext = rng.choice(_BAD_INTS + ["9" * 4301])
        else:
            ktext = rng.choice(_BAD_INTS)
    count = None
    if n >= 0 and k >= 1:
        count = k if mode == "parts" else -(-n // k)
    c = rng.random()
    if count is None or c < 0.08:
        i = ""
    elif count == 0 or c < 0.12:
        i = rng.choice(["0", "-1", str(count), _past_start(count), "1.5", str(rng.randint(-3, 3))])
    else:
        j = rng.choice([0, 1, count - 1, count - 2, count // 2, rng.randint(0, count - 1), rng.randint(0, min(count - 1, 100))])
        j = min(max(j, 0), count - 1)
        if rng.random() < 0.05:
            j -= count  # Python's negative index
        i = _int_text(rng, j)
    return [mode, ntext, ktext, i]


def generate_chunksall(rng):
    mode = rng.choice(["parts", "size"])
    c = rng.random()
    if c < 0.85:
        n = rng.choice([0, 1, 2, rng.randint(0, 10), rng.randint(0, 60)])
        k = rng.choice([1, 2, 3, rng.randint(1, 12), rng.randint(1, 70), n, n + 1])
        k = max(k, 1)
    else:
        n, k = rng.choice([(-1, 3), (5, 0), (5, -2), (-1, 0)])
    return [mode, _int_text(rng, n), _int_text(rng, k), rng.choice(["lines", "json"])]


# Hand-picked corners, answered by Python in the golden files.
SHARD_FIXED = [
    ["crc32", "3", ""], ["crc32", "1", "anything"], ["crc32", "1000000", "hello"],
    ["crc32", "1000000", "user-42"], ["md5", "1000000", ""], ["sha1", "1000000", ""],
    ["sha256", "1000000", ""], ["md5", "7", "é"], ["sha256", "999999", "中文字"],
    ["sha1", "65536", "🙂"], ["crc32", "4294967", "x"],
    ["none", "3", "-7"], ["none", "3", "7"], ["none", "3", "0"], ["none", "1", "-1"],
    ["none", "1000000", "-1"], ["none", "1000000", "-9223372036854775808"],
    ["none", "1000000", "9223372036854775807"], ["none", "1000000", "9223372036854775808"],
    ["none", "7", "-18446744073709551616"], ["none", "999983", "-" + "9" * 4300],
    ["none", "999983", "9" * 4300], ["none", "3", "1" * 4301], ["none", "3", " 1_000 "],
    ["none", "3", "١٢٣"], ["none", "3", "\u3000-５\xa0"], ["none", "3", "1.0"], ["none", "3", ""],
    ["none", "3", " "], ["none", "3", "1__0"], ["none", "3", "0x1f"], ["none", "3", "+0"],
    ["none", "3", "-0"], ["none", "3", "007"],
    ["crc32", "0", "k"], ["crc32", "-3", "k"], ["crc32", "1000001", "k"], ["crc32", "10" * 20, "k"],
    ["crc32", "abc", "k"], ["crc32", "", "k"], ["crc32", " 8 ", "k"], ["crc32", "1_000_000", "k"],
    ["crc32", "１６", "k"], ["sha512", "8", "k"], ["none", "0", "bad"], ["zlib", "0", "k"],
]

CHUNKS_FIXED = [
    ["parts", "0", "1", ""], ["parts", "0", "3", "2"], ["parts", "10", "3", "0"], ["parts", "10", "3", "2"],
    ["parts", "3", "5", "4"], ["parts", "3", "5", "2"], ["parts", "10", "1", "0"], ["parts", "10", "10", "9"],
    ["parts", "10", "11", "10"], ["parts", "10", "3", "-1"], ["parts", "10", "3", "3"], ["parts", "10", "3", "-4"],
    ["size", "0", "1", ""], ["size", "0", "1", "0"], ["size", "10", "3", "3"], ["size", "10", "20", "0"],
    ["size", "10", "1", "9"], ["size", "10", "10", "0"], ["size", "10", "5", "1"],
    ["parts", "9223372036854775807", "2", "1"], ["parts", "9223372036854775808", "2", "1"],
    ["parts", "18446744073709551616", "3", "2"], ["parts", "9223372036854775807", "9223372036854775807", "-1"],
    ["size", "9223372036854775807", "9223372036854775806", "1"], ["size", "9223372036854775807", "1", "-1"],
    ["size", "18446744073709551615", "9223372036854775807", "2"], ["size", "1" + "0" * 30, "7", "-1"],
    ["parts", "9" * 4300, "7", "6"], ["size", "9" * 4300, "1", "-1"], ["size", "9" * 4300, "9" * 4300, "0"],
    ["parts", "9" * 4301, "7", "0"], ["parts", "5", "9" * 4301, "0"],
    ["parts", "-1", "3", ""], ["parts", "-1", "0", ""], ["parts", "5", "0", ""], ["parts", "5", "-3", ""],
    ["size", "5", "0", ""], ["size", "5", "-1", ""], ["size", "-5", "0", ""], ["parts", "abc", "3", ""],
    ["parts", "5", "1.5", ""], ["parts", " 1_0 ", "３", "٢"], ["size", "10", "3", "x"], ["size", "10", "3", "1_0"],
]
