"""Wrong: counts every edge, also those inside a component, as entering it, so a source component that is a
cycle looks entered. Otherwise the reference: iterative Tarjan (explicit stack: a path of 10^5 vertices would overflow recursion), then the
condensation: a component is a source when no edge enters it from another component. Every vertex is reached
from the chosen starts iff every source component holds one of them, so the minimum is the number of sources."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    us = data[2:2 + 2 * m:2]
    vs = data[3:3 + 2 * m:2]
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
    entered = [False] * (k + 1)
    for a, b in zip(us, vs):
        cb = comp[int(b)]
        entered[cb] = True
    print(k, k - sum(entered))


main()
