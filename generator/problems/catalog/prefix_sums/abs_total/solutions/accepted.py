"""Sum of |A_l + ... + A_r| over all stretches: each stretch total is P_r - P_{l-1}, so the answer is the sum of
|P_j - P_i| over all pairs i < j of the N + 1 prefix sums (the empty prefix P_0 = 0 included). The order of the
pairs no longer matters, so sort the prefix sums: the k-th smallest (0-based) is added k times and subtracted
N - k times. O(N log N)."""
import sys
from itertools import accumulate

data = sys.stdin.buffer.read().split()
n = int(data[0])
prefix = sorted(accumulate(map(int, data[1:1 + n]), initial=0))
print(sum(p * (2 * k - n) for k, p in enumerate(prefix)))
