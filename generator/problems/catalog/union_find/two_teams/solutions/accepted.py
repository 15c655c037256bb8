"""Reference: union-find with parity; each vertex stores whether it is on the other side than its parent."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    parent = list(range(n + 1))
    flip = [0] * (n + 1)  # side of x xor side of parent[x]
    size = [1] * (n + 1)

    def find(x):
        """Root of x and the side of x relative to the root; compresses the path (iteratively)."""
        path = []
        while parent[x] != x:
            path.append(x)
            x = parent[x]
        root, acc = x, 0
        for v in reversed(path):  # nearest the root first
            acc ^= flip[v]
            flip[v] = acc
            parent[v] = root
        return root, (flip[path[0]] if path else 0)

    false = 0
    for i in range(m):
        t, a, b = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
        ra, pa = find(a)
        rb, pb = find(b)
        if ra == rb:
            if pa ^ pb != t:
                false += 1
            continue
        if size[ra] < size[rb]:
            ra, rb = rb, ra
        parent[rb] = ra
        flip[rb] = pa ^ pb ^ t
        size[ra] += size[rb]
    print(false)


main()
