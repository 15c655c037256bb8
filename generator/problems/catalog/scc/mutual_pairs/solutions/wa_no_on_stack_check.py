"""Wrong: lowers low[v] through every visited neighbour, also one whose component is already finished (the
on-stack test of Tarjan forgotten), so an edge into an earlier, closed component glues v to it. Otherwise the
reference: the sum of s(s-1)/2 over the strongly connected component sizes, by iterative Tarjan."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    heads = [[] for _ in range(n + 1)]
    for i in range(m):
        heads[int(data[2 + 2 * i])].append(int(data[3 + 2 * i]))
    index = [0] * (n + 1)  # 0: not visited yet; else 1-based discovery order
    low = [0] * (n + 1)
    on_stack = [False] * (n + 1)
    stack = []
    counter = 0
    pairs = 0
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
                elif index[w] < low[v]:
                    low[v] = index[w]
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                if low[v] < low[parent]:
                    low[parent] = low[v]
            if low[v] == index[v]:
                size = 0
                while True:
                    w = stack.pop()
                    on_stack[w] = False
                    size += 1
                    if w == v:
                        break
                pairs += size * (size - 1) // 2
    print(pairs)


main()
