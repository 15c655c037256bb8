import sys

MOD = 1_000_000_007

# The right end is one upright domino (ways[n-1]) or fills the last two columns with a 2 x 2 block: two flat
# dominoes, or a square in one of K colours ((K + 1) * ways[n-2]).
n, k = map(int, sys.stdin.read().split())
block = (k + 1) % MOD
prev, cur = 0, 1  # ways[0], ways[1]
for _ in range(2, n + 1):
    prev, cur = cur, (cur + block * prev) % MOD
print(cur)
