"""Largest x with x^3 <= N: binary search on x in [1, 10^6 + 1), exact integer arithmetic."""
import sys

data = sys.stdin.buffer.read().split()
q = int(data[0])
out = []
for token in data[1:1 + q]:
    n = int(token)
    lo, hi = 1, 10 ** 6 + 1  # invariant: lo^3 <= n < hi^3 (n <= 10^18 = (10^6)^3 < hi^3)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid * mid <= n:
            lo = mid
        else:
            hi = mid
    out.append(lo)
sys.stdout.write("\n".join(map(str, out)) + "\n")
