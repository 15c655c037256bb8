"""Reference: one flood fill started from every open border cell at once; open cells it never reaches are enclosed."""
import sys


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    g = "".join(data[2:2 + n])
    seen = bytearray(n * m)
    stack = []
    for s in range(n * m):
        r, c = divmod(s, m)
        if (r == 0 or r == n - 1 or c == 0 or c == m - 1) and g[s] == ".":
            seen[s] = 1
            stack.append(s)
    while stack:
        x = stack.pop()
        r, c = divmod(x, m)
        for y, ok in ((x - m, r > 0), (x + m, r < n - 1), (x - 1, c > 0), (x + 1, c < m - 1)):
            if ok and g[y] == "." and not seen[y]:
                seen[y] = 1
                stack.append(y)
    print(sum(1 for s in range(n * m) if g[s] == "." and not seen[s]))


main()
