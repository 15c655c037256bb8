"""Obviously correct: enumerate every code of the tiny cases (symbols 0..S-1 are the special ones)."""
import sys
from itertools import product

data = sys.stdin.read().split()
t = int(data[0])
for i in range(t):
    n, k, s = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
    if k ** n <= 200000:
        count = sum(1 for code in product(range(k), repeat=n) if any(c < s for c in code))
    else:  # build codes symbol by symbol: (codes without special, codes with)
        without, with_special = 1, 0
        for _ in range(n):
            without, with_special = without * (k - s), with_special * k + without * s
        count = with_special
    print(count % (10 ** 9 + 7))
