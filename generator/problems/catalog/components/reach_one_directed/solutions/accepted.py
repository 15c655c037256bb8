"""Reference: reverse every edge and search from vertex 1; what it reaches is exactly what can reach vertex 1."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    radj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        radj[v].append(u)
    seen = bytearray(n + 1)
    seen[1] = 1
    stack = [1]
    count = 1
    while stack:
        x = stack.pop()
        for y in radj[x]:
            if not seen[y]:
                seen[y] = 1
                count += 1
                stack.append(y)
    print(count)


main()
