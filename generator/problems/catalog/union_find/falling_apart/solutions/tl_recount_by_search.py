"""Too slow: after every loss, count the groups again with a graph search over the working edges."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m, q = int(data[0]), int(data[1]), int(data[2])
    ends = [(int(data[3 + 2 * i]), int(data[4 + 2 * i])) for i in range(m)]
    order = [int(x) - 1 for x in data[3 + 2 * m: 3 + 2 * m + q]]
    adj = [[] for _ in range(n + 1)]
    for i, (a, b) in enumerate(ends):
        adj[a].append((b, i))
        adj[b].append((a, i))
    working = bytearray([1]) * m
    out = []
    for e in order:
        working[e] = 0
        seen = bytearray(n + 1)
        groups = 0
        for s in range(1, n + 1):
            if not seen[s]:
                groups += 1
                seen[s] = 1
                stack = [s]
                while stack:
                    v = stack.pop()
                    for w, i in adj[v]:
                        if working[i] and not seen[w]:
                            seen[w] = 1
                            stack.append(w)
        out.append(groups)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
