"""Wrong: adds only the edges whose level is strictly below k, so an edge of level exactly k is never used."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m, q = int(data[0]), int(data[1]), int(data[2])
    edges = sorted((int(data[5 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])) for i in range(m))
    base = 3 + 3 * m
    questions = sorted(range(q), key=lambda j: int(data[base + 2 * j + 1]))
    parent = list(range(n + 1))
    size = [1] * (n + 1)

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    answer = [0] * q
    e = 0
    for j in questions:
        s, k = int(data[base + 2 * j]), int(data[base + 2 * j + 1])
        while e < m and edges[e][0] < k:
            a, b = find(edges[e][1]), find(edges[e][2])
            if a != b:
                if size[a] < size[b]:
                    a, b = b, a
                parent[b] = a
                size[a] += size[b]
            e += 1
        answer[j] = size[find(s)]
    sys.stdout.write("\n".join(map(str, answer)) + "\n")


main()
