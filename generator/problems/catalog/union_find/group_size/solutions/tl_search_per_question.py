"""Too slow: stores the links as a graph and counts the reachable vertices with a search on every question."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    out = []
    pos = 2
    for _ in range(q):
        if data[pos] == b"1":
            a, b = int(data[pos + 1]), int(data[pos + 2])
            pos += 3
            adj[a].append(b)
            adj[b].append(a)
        else:
            a = int(data[pos + 1])
            pos += 2
            seen = bytearray(n + 1)
            seen[a] = 1
            stack, count = [a], 1
            while stack:
                v = stack.pop()
                for w in adj[v]:
                    if not seen[w]:
                        seen[w] = 1
                        count += 1
                        stack.append(w)
            out.append(count)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
