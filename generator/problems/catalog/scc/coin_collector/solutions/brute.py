"""Brute force: search over states (current vertex, set of vertices visited so far) from every start; a walk
collects the coins of every vertex in its set. Exponential: tiny N only."""
import sys


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    coins = [int(t) for t in data[2:2 + n]]
    adj = [[] for _ in range(n)]
    for i in range(m):
        adj[int(data[2 + n + 2 * i]) - 1].append(int(data[3 + n + 2 * i]) - 1)
    seen = set()
    stack = [(v, 1 << v) for v in range(n)]
    best = 0
    while stack:
        v, mask = stack.pop()
        if (v, mask) in seen:
            continue
        seen.add((v, mask))
        best = max(best, sum(coins[i] for i in range(n) if mask >> i & 1))
        for w in adj[v]:
            stack.append((w, mask | 1 << w))
    print(best)


main()
