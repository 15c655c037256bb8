"""Obviously correct: sort everything seen so far, largest first."""
import sys

data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
seen, out = [], []
for x in map(int, data[2:2 + n]):
    seen.append(x)
    ordered = sorted(seen, reverse=True)
    out.append(ordered[k - 1] if len(ordered) >= k else -1)
print(*out)
