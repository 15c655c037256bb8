"""Too slow: keeps the measurements as a graph and searches from a on every question, adding up differences."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    out = []
    pos = 2
    for _ in range(q):
        if data[pos] == b"!":
            a, b, w = int(data[pos + 1]), int(data[pos + 2]), int(data[pos + 3])
            pos += 4
            adj[a].append((b, w))
            adj[b].append((a, -w))
        else:
            a, b = int(data[pos + 1]), int(data[pos + 2])
            pos += 3
            known = {a: 0}
            stack = [a]
            while stack and b not in known:
                v = stack.pop()
                for u, w in adj[v]:
                    if u not in known:
                        known[u] = known[v] + w
                        stack.append(u)
            out.append(str(known[b]) if b in known else "UNKNOWN")
    sys.stdout.write("\n".join(out) + "\n")


main()
