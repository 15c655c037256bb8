"""Wrong: the backward pass is not negated, so it measures decreasing runs to the right (the bitonic pass)."""
import sys
from bisect import bisect_left


def ending_lengths(values):
    tails, out = [], []
    for x in values:
        k = bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
        out.append(k + 1)
    return out


data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
ending = ending_lengths(a)
starting = ending_lengths(list(reversed(a)))[::-1]
best = max(ending)
used = [i + 1 for i in range(n) if ending[i] + starting[i] - 1 == best]
print(len(used))
print(" ".join(map(str, used)))
