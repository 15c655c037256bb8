"""Wrong: the right counting DP, but the count is printed without the modulus.

Length and number of longest strictly increasing subsequences (mod 10^9+7).

Pile k holds every element whose longest increasing subsequence ending there has length k+1, in input order;
their values never increase along a pile. The ways to end at x with length k+1 are the ways of the earlier
elements of pile k-1 smaller than x: a suffix of that pile (prefix sums)."""
import sys
from bisect import bisect_left, bisect_right

MOD = 10 ** 9 + 7
data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
tails, piles, sums = [], [], []
for x in a:
    k = bisect_left(tails, x)
    if k == 0:
        c = 1
    else:
        j = bisect_right(piles[k - 1], -x)
        ps = sums[k - 1]
        c = ps[-1] - ps[j]
    if k == len(tails):
        tails.append(x)
        piles.append([-x])
        sums.append([0, c])
    else:
        tails[k] = x
        piles[k].append(-x)
        s = sums[k]
        s.append(s[-1] + c)
print(len(tails), sums[-1][-1])
