"""Wrong: a search from the items without prerequisites that does an item as soon as ONE prerequisite is done
(plain reachability instead of Kahn's counting)."""
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[u].append(v)
        indeg[v] += 1
    queue = deque(v for v in range(1, n + 1) if indeg[v] == 0)
    done = [False] * (n + 1)
    while queue:
        u = queue.popleft()
        done[u] = True
        for v in adj[u]:
            if not done[v]:
                done[v] = True
                queue.append(v)
    stuck = [v for v in range(1, n + 1) if not done[v]]
    print(" ".join(map(str, [len(stuck)] + stuck)))


main()
