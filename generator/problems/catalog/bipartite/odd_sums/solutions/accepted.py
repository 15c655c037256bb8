"""Reference: an edge has an odd sum iff exactly one end is even, i.e. gets 2. So the vertices holding 2 and
those holding 1 or 3 must form a valid 2-colouring. A component (found by BFS) with colour classes of sizes a
and b has exactly two colourings: the class holding 2 is one or the other, and the other class picks 1 or 3
per vertex, giving 2^a + 2^b ways (an isolated vertex: 2 + 1 = 3). Components multiply; an edge inside one
colour class makes the answer 0."""
import sys
from collections import deque

MOD = 998244353


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    color = [-1] * (n + 1)
    answer = 1
    for s in range(1, n + 1):
        if color[s] != -1:
            continue
        color[s] = 0
        size = [1, 0]
        queue = deque([s])
        while queue:
            x = queue.popleft()
            for y in adj[x]:
                if color[y] == -1:
                    color[y] = color[x] ^ 1
                    size[color[y]] += 1
                    queue.append(y)
                elif color[y] == color[x]:
                    print(0)
                    return
        answer = answer * (pow(2, size[0], MOD) + pow(2, size[1], MOD)) % MOD
    print(answer)


main()
