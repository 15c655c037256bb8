"""Wrong: when two groups merge, the attached root gets offset w, forgetting where a and b sit
relative to their roots."""
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
        acc = 0
        for v in reversed(path):  # nearest the root first
            acc += diff[v]
            diff[v] = acc
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
                offset = w
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
