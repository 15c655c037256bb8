"""Too slow: a forward search from every vertex, asking whether it meets vertex 1."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[u].append(v)
    count = 0
    for s in range(1, n + 1):
        seen = {s}
        stack = [s]
        found = s == 1
        while stack and not found:
            x = stack.pop()
            for y in adj[x]:
                if y == 1:
                    found = True
                    break
                if y not in seen:
                    seen.add(y)
                    stack.append(y)
        count += found
    print(count)


main()
