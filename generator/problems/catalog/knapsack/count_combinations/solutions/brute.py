"""Obviously correct on tiny inputs: tries every count of every kind (0 to S // a_i) and counts the count vectors
whose total is exactly S."""
import sys
from itertools import product

data = list(map(int, sys.stdin.read().split()))
n, s = data[0], data[1]
values = data[2:2 + n]
count = 0
for counts in product(*(range(s // a + 1) for a in values)):
    if sum(c * a for c, a in zip(counts, values)) == s:
        count += 1
print(count % 1_000_000_007)
