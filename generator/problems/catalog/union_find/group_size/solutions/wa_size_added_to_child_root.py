"""Wrong: after a merge the size is added to the root that was attached below, not to the new root."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    parent = list(range(n + 1))
    size = [1] * (n + 1)

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    out = []
    pos = 2
    for _ in range(q):
        if data[pos] == b"1":
            a, b = find(int(data[pos + 1])), find(int(data[pos + 2]))
            pos += 3
            if a != b:
                if size[a] < size[b]:
                    a, b = b, a
                parent[b] = a
                size[b] += size[a]
        else:
            out.append(size[find(int(data[pos + 1]))])
            pos += 2
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
