import sys

MOD = 1_000_000_007

# The right end is one upright domino (ways[n-1]) or a square in one of K colours (K * ways[n-2]).
# The empty strip has one covering.
n, k = map(int, sys.stdin.read().split())
block = k % MOD
prev, cur = 1, 1  # ways[0], ways[1]
for _ in range(2, n + 1):
    prev, cur = cur, (cur + block * prev) % MOD
print(cur)
