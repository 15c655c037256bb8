"""Too slow: simulates round by round, each round scanning every pair to see which items became ready; a long
chain needs N rounds, O(N*M)."""
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
    edges = [(u, v) for u in range(1, n + 1) for v in adj[u]]
    done = [False] * (n + 1)
    while True:
        waiting = [0] * (n + 1)
        for u, v in edges:
            if not done[u]:
                waiting[v] += 1
        ready = [v for v in range(1, n + 1) if not done[v] and waiting[v] == 0]
        if not ready:
            break
        for v in ready:
            done[v] = True
    stuck = [v for v in range(1, n + 1) if not done[v]]
    print(" ".join(map(str, [len(stuck)] + stuck)))


main()
