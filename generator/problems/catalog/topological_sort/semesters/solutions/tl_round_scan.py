"""Too slow: simulates the rounds, scanning every item each round for the ones whose prerequisites are all done
(O(N * rounds); a long chain needs N rounds)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[u].append(v)
        indeg[v] += 1
    done = [False] * (n + 1)
    left, rounds = n, 0
    while left:
        rounds += 1
        now = [v for v in range(1, n + 1) if not done[v] and indeg[v] == 0]
        for x in now:
            done[x] = True
            left -= 1
        for x in now:
            for y in adj[x]:
                indeg[y] -= 1
    print(rounds)


main()
