"""Too slow: looks for the next name without waiting predecessors by scanning all names each time, O(N^2)."""
import sys


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
    done = [False] * n
    order = []
    while True:
        u = next((v for v in range(n) if not done[v] and indeg[v] == 0), -1)
        if u < 0:
            break
        done[u] = True
        order.append(u)
        for v in adj[u]:
            indeg[v] -= 1
    out = sys.stdout
    if len(order) == n:
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
