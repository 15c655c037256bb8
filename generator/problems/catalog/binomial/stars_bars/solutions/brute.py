"""Obviously correct on small inputs: person by person, count the ways to reach each total."""
import sys

n, k, low = map(int, sys.stdin.read().split())
ways = {0: 1}
for _ in range(k):
    nxt = {}
    for given, count in ways.items():
        for take in range(low, n - given + 1):
            nxt[given + take] = nxt.get(given + take, 0) + count
    ways = nxt
print(ways.get(n, 0) % (10 ** 9 + 7))
