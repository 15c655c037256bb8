"""Wrong: bisect_right lets equal values follow each other (plateaus count)."""
import sys
from bisect import bisect_right as bisect_left


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
inc = ending_lengths(a)
dec = ending_lengths(a[::-1])[::-1]
print(max(i + d - 1 for i, d in zip(inc, dec)))
