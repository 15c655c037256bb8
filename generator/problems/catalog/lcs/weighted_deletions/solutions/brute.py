"""Obviously correct: every subsequence of A that is also a subsequence of B, kept; the rest paid (the strings
are short here)."""
import sys

data = sys.stdin.read().split()
cost = [int(x) for x in data[:26]]
a, b = data[26], data[27]


def is_subsequence(s, t):
    it = iter(t)
    return all(ch in it for ch in s)


def price(s):
    return sum(cost[ord(ch) - 65] for ch in s)


best = None
for mask in range(1 << len(a)):
    kept = "".join(a[i] for i in range(len(a)) if mask >> i & 1)
    if is_subsequence(kept, b):
        value = price(a) + price(b) - 2 * price(kept)
        best = value if best is None else min(best, value)
print(best)
