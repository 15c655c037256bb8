"""Wrong: runs time backwards but records the count after putting e_j back, one step too late."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m, q = int(data[0]), int(data[1]), int(data[2])
    ends = [(int(data[3 + 2 * i]), int(data[4 + 2 * i])) for i in range(m)]
    order = [int(x) - 1 for x in data[3 + 2 * m: 3 + 2 * m + q]]
    parent = list(range(n + 1))
    size = [1] * (n + 1)
    groups = n

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(e):
        nonlocal groups
        a, b = find(ends[e][0]), find(ends[e][1])
        if a != b:
            if size[a] < size[b]:
                a, b = b, a
            parent[b] = a
            size[a] += size[b]
            groups -= 1

    lost = bytearray(m)
    for e in order:
        lost[e] = 1
    for e in range(m):
        if not lost[e]:
            union(e)
    answer = [0] * q
    for j in range(q - 1, -1, -1):
        union(order[j])
        answer[j] = groups
    sys.stdout.write("\n".join(map(str, answer)) + "\n")


main()
