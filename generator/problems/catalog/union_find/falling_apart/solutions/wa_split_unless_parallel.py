"""Wrong: assumes losing an edge splits a group unless another working edge joins the very same pair."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m, q = int(data[0]), int(data[1]), int(data[2])
    ends = [(int(data[3 + 2 * i]), int(data[4 + 2 * i])) for i in range(m)]
    order = [int(x) - 1 for x in data[3 + 2 * m: 3 + 2 * m + q]]
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    groups = n
    copies = {}
    for a, b in ends:
        key = (min(a, b), max(a, b))
        copies[key] = copies.get(key, 0) + 1
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra
            groups -= 1
    out = []
    for e in order:
        a, b = ends[e]
        key = (min(a, b), max(a, b))
        copies[key] -= 1
        if copies[key] == 0:
            groups += 1
        out.append(groups)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
