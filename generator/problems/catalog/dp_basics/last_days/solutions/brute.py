"""Obviously correct for small N: tries every set of offers, keeps those that finish by day N and never overlap,
and takes the best total pay."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
t = [int(data[2 * i + 1]) for i in range(n)]
p = [int(data[2 * i + 2]) for i in range(n)]
best = 0
for mask in range(1 << n):
    busy_until = 0  # the last day already taken
    total = 0
    ok = True
    for i in range(n):
        if mask >> i & 1:
            day = i + 1
            if day <= busy_until or day + t[i] - 1 > n:
                ok = False
                break
            busy_until = day + t[i] - 1
            total += p[i]
    if ok and total > best:
        best = total
print(best)
