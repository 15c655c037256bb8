"""Wrong: follows each edge only from its first vertex to its second, as if the edges were one-way."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for u, v in zip(map(int, data[2:2 + 2 * m:2]), map(int, data[3:3 + 2 * m:2])):
        adj[u].append(v)
    seen = bytearray(n + 1)
    seen[1] = 1
    stack = [1]
    count = 1
    while stack:
        x = stack.pop()
        for y in adj[x]:
            if not seen[y]:
                seen[y] = 1
                count += 1
                stack.append(y)
    print(count)


main()
