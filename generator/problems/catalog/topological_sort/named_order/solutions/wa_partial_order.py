"""Wrong: prints the names Kahn's algorithm managed to output, even when a cycle stopped it early."""
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    m = int(data[0])
    index = {}
    names = []
    pairs = []
    for i in range(m):
        a, b = data[1 + 2 * i], data[2 + 2 * i]
        for word in (a, b):
            if word not in index:
                index[word] = len(names)
                names.append(word)
        pairs.append((index[a], index[b]))
    n = len(names)
    adj = [[] for _ in range(n)]
    pred = [[] for _ in range(n)]
    indeg = [0] * n
    for u, v in pairs:
        adj[u].append(v)
        pred[v].append(u)
        indeg[v] += 1
    queue = deque(v for v in range(n) if indeg[v] == 0)
    done = [False] * n
    order = []
    while queue:
        u = queue.popleft()
        done[u] = True
        order.append(u)
        for v in adj[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                queue.append(v)
    out = sys.stdout
    if order:
        out.write(" ".join(names[v].decode() for v in order) + "\n")
        return
    x = next(v for v in range(n) if not done[v])
    step = [-1] * n  # position of a name on the backward walk
    walk = []
    while step[x] < 0:
        step[x] = len(walk)
        walk.append(x)
        x = next(u for u in pred[x] if not done[u])
    cycle = walk[step[x]:][::-1]
    out.write("CYCLE\n" + " ".join(names[v].decode() for v in cycle) + "\n")


main()
