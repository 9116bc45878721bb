"""Python round(x, n) and Decimal(str(x)).quantize(Decimal(10) ** -n), one
"round<TAB>decimal" line per input line."""
import sys
from decimal import Decimal

for line in sys.stdin:
    s, n = line.split()
    x, n = float(s), int(n)
    try:
        d = str(Decimal(str(x)).quantize(Decimal(10) ** -n))
    except Exception as e:
        d = "decimal.%s: %s" % (type(e).__name__, e)
    print("%r\t%s" % (round(x, n), d))
