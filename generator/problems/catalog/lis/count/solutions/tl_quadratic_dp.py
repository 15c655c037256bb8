"""Too slow at N = 10^5: the O(N^2) DP with counts."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
MOD = 10 ** 9 + 7
length = [1] * n
ways = [1] * n
for i in range(n):
    ai, li, wi = a[i], 1, 1
    for j in range(i):
        if a[j] < ai:
            if length[j] + 1 > li:
                li, wi = length[j] + 1, ways[j]
            elif length[j] + 1 == li:
                wi = (wi + ways[j]) % MOD
    length[i], ways[i] = li, wi
best = max(length)
print(best, sum(w for l, w in zip(length, ways) if l == best) % MOD)
