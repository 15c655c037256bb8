"""Wrong: the closure loops in the order i, k (the intermediate item inside): a row takes only what the other rows
knew at that moment, so long chains are not followed to the end."""
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
beats = [0] * n
for e in range(m):
    a, b = int(data[2 + 2 * e]) - 1, int(data[3 + 2 * e]) - 1
    beats[a] |= 1 << b
for i in range(n):
    for k in range(n):
        if beats[i] >> k & 1:
            beats[i] |= beats[k]
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
