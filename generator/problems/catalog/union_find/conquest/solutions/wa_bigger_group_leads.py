"""Wrong: union by size, and the root of the bigger group leads (its leader wins, not a's)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    parent = list(range(n + 1))
    size = [1] * (n + 1)
    leader = list(range(n + 1))  # meaningful at roots

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
                size[a] += size[b]
        else:
            out.append(leader[find(int(data[pos + 1]))])
            pos += 2
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
