"""Too slow: finds the meeting point by keeping x's ancestors in a list and testing each ancestor of y for
membership in it: O(depth^2) when the odd cycle is long."""
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    depth = [-1] * (n + 1)
    parent = [0] * (n + 1)
    for s in range(1, n + 1):
        if depth[s] != -1:
            continue
        depth[s] = 0
        queue = deque([s])
        while queue:
            x = queue.popleft()
            for y in adj[x]:
                if depth[y] == -1:
                    depth[y] = depth[x] + 1
                    parent[y] = x
                    queue.append(y)
                elif depth[y] == depth[x]:
                    left = [x]
                    while left[-1] != s:
                        left.append(parent[left[-1]])
                    right = [y]
                    while right[-1] not in left:
                        right.append(parent[right[-1]])
                    meet = left.index(right[-1])
                    cycle = left[:meet + 1] + right[-2::-1]
                    print(len(cycle))
                    print(" ".join(map(str, cycle)))
                    return
    print(-1)


main()
