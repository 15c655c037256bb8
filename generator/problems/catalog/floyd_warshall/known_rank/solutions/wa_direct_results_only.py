"""Wrong: counts only the results given directly, without following chains (a above b above c says a above c)."""
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
beats = [0] * n
for e in range(m):
    a, b = int(data[2 + 2 * e]) - 1, int(data[3 + 2 * e]) - 1
    beats[a] |= 1 << b
beaten_by = [0] * n
for i in range(n):
    row = beats[i]
    for j in range(n):
        if row >> j & 1:
            beaten_by[j] += 1
fixed = [i + 1 for i in range(n) if bin(beats[i]).count("1") + beaten_by[i] == n - 1]
print(len(fixed))
if fixed:
    print(" ".join(map(str, fixed)))
