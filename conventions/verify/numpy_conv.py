"""numpy.round(x, n) on a float64, one repr per input line."""
import sys
import numpy as np

for line in sys.stdin:
    s, n = line.split()
    print(repr(float(np.round(np.float64(float(s)), int(n)))))
