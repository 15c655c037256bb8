"""Wrong: searches along the edges from vertex 1 (who vertex 1 can reach) instead of against them."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    radj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        radj[u].append(v)
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
