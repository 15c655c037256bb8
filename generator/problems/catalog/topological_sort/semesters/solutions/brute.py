"""Obviously correct (tiny inputs): the answer is the number of items on the longest chain of prerequisites,
found by trying every path."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
adj = [[] for _ in range(n + 1)]
for i in range(m):
    adj[int(data[2 + 2 * i])].append(int(data[3 + 2 * i]))


def longest(x):
    return 1 + max((longest(y) for y in adj[x]), default=0)


print(max(longest(v) for v in range(1, n + 1)))
