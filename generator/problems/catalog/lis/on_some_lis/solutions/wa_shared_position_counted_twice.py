"""Wrong: position i is counted in both halves (no - 1)."""
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
starting = ending_lengths([-x for x in reversed(a)])[::-1]
best = max(ending)
used = [i + 1 for i in range(n) if ending[i] + starting[i] == best]
print(len(used))
print(" ".join(map(str, used)))
