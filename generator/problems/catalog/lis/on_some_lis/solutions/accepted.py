"""Positions on at least one longest strictly increasing subsequence. ending[i] = longest one ending at i (patience
sorting left to right), starting[i] = longest one starting at i (the same on the reversed, negated sequence). A
longest subsequence through i is an ending-at-i part and a starting-at-i part sharing i, so i is used by some
longest subsequence exactly when ending[i] + starting[i] - 1 equals the overall length L. O(N log N)."""
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
used = [i + 1 for i in range(n) if ending[i] + starting[i] - 1 == best]
print(len(used))
print(" ".join(map(str, used)))
