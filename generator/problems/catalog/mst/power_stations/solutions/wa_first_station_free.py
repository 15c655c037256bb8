"""Wrong: the reference, but it forgets that the first station must be paid for too (it joins vertex 0 for free)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = [(int(data[2 + i]), 0, i + 1) for i in range(n)]
    base = 2 + n
    edges += [(int(data[base + 3 * i + 2]), int(data[base + 3 * i]), int(data[base + 3 * i + 1])) for i in range(m)]
    edges.sort()
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total = 0
    paid_first = False
    for w, u, v in edges:
        a, b = find(u), find(v)
        if a != b:
            parent[a] = b
            if u == 0 and not paid_first:
                paid_first = True  # the slip: the first station is treated as already there
                continue
            total += w
    print(total)


main()
