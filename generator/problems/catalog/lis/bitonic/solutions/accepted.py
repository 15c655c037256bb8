"""Longest bitonic (strictly rising, then strictly falling) subsequence: inc[i] = longest increasing subsequence
ending at i (patience sorting), dec[i] = longest decreasing one starting at i (the same on the reversed sequence);
the peak i is shared, so the answer is max(inc[i] + dec[i] - 1)."""
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
inc = ending_lengths(a)
dec = ending_lengths(a[::-1])[::-1]
print(max(i + d - 1 for i, d in zip(inc, dec)))
