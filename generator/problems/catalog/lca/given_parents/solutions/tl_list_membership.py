"""Too slow: keeps u's ancestors in a list and, walking up from v, tests each vertex with `in` on that list: a
miss scans the whole list, so a question costs O(depth^2) instead of O(depth). On two long legs of 500 vertices,
1000 questions take ~2.5·10^8 comparisons."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    parent = [0] * (n + 1)
    pos = 1
    for _ in range(n - 1):
        p, c = int(data[pos]), int(data[pos + 1])
        pos += 2
        parent[c] = p
    q = int(data[pos])
    pos += 1
    out = []
    for _ in range(q):
        u, v = int(data[pos]), int(data[pos + 1])
        pos += 2
        ancestors = []
        while u:
            ancestors.append(u)
            u = parent[u]
        while v not in ancestors:
            v = parent[v]
        out.append(v)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
