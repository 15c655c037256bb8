"""Too slow: a fresh graph search from s over the usable edges for every question."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m, q = int(data[0]), int(data[1]), int(data[2])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v, w = int(data[3 + 3 * i]), int(data[4 + 3 * i]), int(data[5 + 3 * i])
        adj[u].append((v, w))
        adj[v].append((u, w))
    base = 3 + 3 * m
    out = []
    for j in range(q):
        s, k = int(data[base + 2 * j]), int(data[base + 2 * j + 1])
        seen = bytearray(n + 1)
        seen[s] = 1
        stack, count = [s], 1
        while stack:
            v = stack.pop()
            for w, level in adj[v]:
                if level <= k and not seen[w]:
                    seen[w] = 1
                    count += 1
                    stack.append(w)
        out.append(count)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
