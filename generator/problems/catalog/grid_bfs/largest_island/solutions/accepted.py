"""Reference: flood fill (iterative DFS) from every '#' cell not seen yet, counting the cells it visits."""
import sys


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    g = "".join(data[2:2 + n])
    seen = bytearray(n * m)
    best = 0
    for s in range(n * m):
        if g[s] == "#" and not seen[s]:
            size = 0
            seen[s] = 1
            stack = [s]
            while stack:
                x = stack.pop()
                size += 1
                r, c = divmod(x, m)
                for y, ok in ((x - m, r > 0), (x + m, r < n - 1), (x - 1, c > 0), (x + 1, c < m - 1)):
                    if ok and g[y] == "#" and not seen[y]:
                        seen[y] = 1
                        stack.append(y)
            best = max(best, size)
    print(best)


main()
