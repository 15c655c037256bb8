"""Wrong: the same DP but every vertex counts only its own coins, so a walk around a cycle is not credited with
the whole component (best[c] takes the richest single vertex of the component)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    coins = [0] + [int(t) for t in data[2:2 + n]]
    us = data[2 + n:2 + n + 2 * m:2]
    vs = data[3 + n:3 + n + 2 * m:2]
    heads = [[] for _ in range(n + 1)]
    for a, b in zip(us, vs):
        heads[int(a)].append(int(b))
    index = [0] * (n + 1)  # 0: not visited yet; else 1-based discovery order
    low = [0] * (n + 1)
    comp = [0] * (n + 1)  # 0: not assigned yet
    on_stack = [False] * (n + 1)
    stack = []
    counter = 0
    k = 0
    for root in range(1, n + 1):
        if index[root]:
            continue
        counter += 1
        index[root] = low[root] = counter
        stack.append(root)
        on_stack[root] = True
        work = [(root, 0)]
        while work:
            v, i = work[-1]
            adj = heads[v]
            if i < len(adj):
                work[-1] = (v, i + 1)
                w = adj[i]
                if not index[w]:
                    counter += 1
                    index[w] = low[w] = counter
                    stack.append(w)
                    on_stack[w] = True
                    work.append((w, 0))
                elif on_stack[w] and index[w] < low[v]:
                    low[v] = index[w]
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                if low[v] < low[parent]:
                    low[parent] = low[v]
            if low[v] == index[v]:
                k += 1
                while True:
                    w = stack.pop()
                    on_stack[w] = False
                    comp[w] = k
                    if w == v:
                        break
    worth = [0] * (k + 1)
    for v in range(1, n + 1):
        worth[comp[v]] = max(worth[comp[v]], coins[v])
    leaving = [[] for _ in range(k + 1)]
    for a, b in zip(us, vs):
        ca, cb = comp[int(a)], comp[int(b)]
        if ca != cb:
            leaving[ca].append(cb)
    best = [0] * (k + 1)
    for c in range(1, k + 1):
        follow = 0
        for d in leaving[c]:
            if best[d] > follow:
                follow = best[d]
        best[c] = worth[c] + follow
    print(max(best))

main()
