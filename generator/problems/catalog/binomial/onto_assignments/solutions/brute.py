"""Obviously correct on tiny inputs: try every assignment of jobs to workers."""
import sys
from itertools import product

n, k = map(int, sys.stdin.read().split())
print(sum(1 for jobs in product(range(k), repeat=n) if len(set(jobs)) == k) % (10 ** 9 + 7))
