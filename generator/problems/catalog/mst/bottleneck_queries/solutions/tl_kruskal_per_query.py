"""Too slow: for every query, run Kruskal from scratch until its two vertices meet — O(Q·M)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m, q = int(data[0]), int(data[1]), int(data[2])
    edges = sorted((int(data[5 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])) for i in range(m))
    base = 3 + 3 * m
    out = []
    for i in range(q):
        s, t = int(data[base + 2 * i]), int(data[base + 2 * i + 1])
        if s == t:
            out.append(0)
            continue
        parent = list(range(n + 1))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        answer = -1
        for w, u, v in edges:
            a, b = find(u), find(v)
            if a != b:
                parent[a] = b
                if find(s) == find(t):
                    answer = w
                    break
        out.append(answer)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
