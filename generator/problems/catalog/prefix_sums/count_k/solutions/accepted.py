"""Subarrays with sum exactly K: (l, r] has sum K iff P[r] - P[l] = K, so count the earlier prefix sums equal to
P[r] - K (a hash map of prefix sums seen so far, starting with the empty prefix 0)."""
import sys
from itertools import accumulate

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
seen = {}
get = seen.get
answer = 0
for p in accumulate(map(int, data[2:2 + n]), initial=0):
    answer += get(p - k, 0)
    seen[p] = get(p, 0) + 1
print(answer)
