"""Wrong: the upper end 10^6 is treated as impossible, so N = 10^18 (answer 10^6) gets 10^6 - 1."""
import sys

data = sys.stdin.buffer.read().split()
q = int(data[0])
out = []
for token in data[1:1 + q]:
    n = int(token)
    lo, hi = 1, 10 ** 6
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid * mid <= n:
            lo = mid
        else:
            hi = mid
    out.append(lo)
sys.stdout.write("\n".join(map(str, out)) + "\n")
