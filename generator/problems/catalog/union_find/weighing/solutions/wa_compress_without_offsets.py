"""Wrong: compresses the path but keeps each offset relative to the old parent, not the root."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    parent = list(range(n + 1))
    size = [1] * (n + 1)
    diff = [0] * (n + 1)

    def find(x):
        path = []
        while parent[x] != x:
            path.append(x)
            x = parent[x]
        for v in path:
            parent[v] = x
        return x

    out = []
    pos = 2
    for _ in range(q):
        if data[pos] == b"!":
            a, b, w = int(data[pos + 1]), int(data[pos + 2]), int(data[pos + 3])
            pos += 4
            ra, rb = find(a), find(b)
            if ra != rb:
                offset = diff[a] + w - diff[b]  # value(rb) - value(ra)
                if size[ra] < size[rb]:
                    ra, rb, offset = rb, ra, -offset
                parent[rb] = ra
                diff[rb] = offset
                size[ra] += size[rb]
        else:
            a, b = int(data[pos + 1]), int(data[pos + 2])
            pos += 3
            out.append(str(diff[b] - diff[a]) if find(a) == find(b) else "UNKNOWN")
    sys.stdout.write("\n".join(out) + "\n")


main()
