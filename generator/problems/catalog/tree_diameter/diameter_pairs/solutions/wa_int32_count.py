"""Wrong: keeps the count in a 32-bit signed integer (C/Java `int`), which wraps on stars and brooms.
Otherwise the reference: every longest route passes through the tree's center. Two BFS sweeps give a diameter of D edges and
its middle. D even: with center c and r = D / 2, a pair is at distance D exactly when both ends are at distance r
from c in different branches of c, so with cnt_i such vertices in branch i the answer is
((sum cnt_i)^2 - sum cnt_i^2) / 2. D odd: with middle edge c1-c2, it is (vertices at distance (D-1)/2 from c1 on
c1's side) x (those at distance (D-1)/2 from c2 on c2's side). O(N), no recursion."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    adj = [[] for _ in range(n + 1)]
    for i in range(n - 1):
        u, v = int(data[1 + 2 * i]), int(data[2 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    if n == 1:
        print(0)
        return

    def sweep(start):
        dist = [-1] * (n + 1)
        parent = [0] * (n + 1)
        branch = [0] * (n + 1)  # the neighbour of start through which a vertex is reached
        dist[start] = 0
        queue = [start]
        for x in queue:
            for y in adj[x]:
                if dist[y] < 0:
                    dist[y] = dist[x] + 1
                    parent[y] = x
                    branch[y] = y if x == start else branch[x]
                    queue.append(y)
        return queue, dist, parent, branch

    order, _, _, _ = sweep(1)
    a = order[-1]
    order, dist, parent, _ = sweep(a)
    b = order[-1]
    d = dist[b]
    path = [b]
    while path[-1] != a:
        path.append(parent[path[-1]])
    if d % 2 == 0:
        c, r = path[d // 2], d // 2
        _, dist, _, branch = sweep(c)
        count = {}
        for v in range(1, n + 1):
            if dist[v] == r:
                count[branch[v]] = count.get(branch[v], 0) + 1
        total = sum(count.values())
        answer = ((total * total - sum(k * k for k in count.values())) // 2) & 0xFFFFFFFF
        print(answer - (1 << 32) if answer >= 1 << 31 else answer)
    else:
        c1, c2, r = path[d // 2], path[d // 2 + 1], d // 2
        _, dist, _, branch = sweep(c1)
        near = sum(1 for v in range(1, n + 1) if dist[v] == r and branch[v] != c2)
        far = sum(1 for v in range(1, n + 1) if dist[v] == r + 1 and branch[v] == c2)
        answer = (near * far) & 0xFFFFFFFF
        print(answer - (1 << 32) if answer >= 1 << 31 else answer)


main()
