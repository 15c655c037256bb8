"""Reference: Kruskal, each union-find set holding the open queries that touch it. When two sets merge at weight w,
the open queries of the smaller set whose other end lies in the larger set are answered w (the minimum spanning
tree path's heaviest edge); the rest move to the larger set (small-to-large: O(Q log Q))."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m, q = int(data[0]), int(data[1]), int(data[2])
    edges = sorted((int(data[5 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])) for i in range(m))
    base = 3 + 3 * m
    qa = [int(data[base + 2 * i]) for i in range(q)]
    qb = [int(data[base + 2 * i + 1]) for i in range(q)]
    answer = [-1] * q
    waiting = [[] for _ in range(n + 1)]
    for i in range(q):
        if qa[i] == qb[i]:
            answer[i] = 0
        else:
            waiting[qa[i]].append((i, qb[i]))  # kept in the set of qa[i], with the end to look for
            waiting[qb[i]].append((i, qa[i]))
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for w, u, v in edges:
        a, b = find(u), find(v)
        if a == b:
            continue
        if len(waiting[a]) > len(waiting[b]):
            a, b = b, a
        kept = waiting[b]
        for entry in waiting[a]:
            i, other = entry
            if answer[i] != -1:
                continue
            if find(other) == b:
                answer[i] = w
            else:
                kept.append(entry)
        waiting[a] = []
        parent[a] = b
    sys.stdout.write("\n".join(map(str, answer)) + "\n")


main()
