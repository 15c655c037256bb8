"""Too slow: a separate search from every open cell, asking whether that cell can reach the border."""
import sys


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    g = "".join(data[2:2 + n])
    enclosed = 0
    for s in range(n * m):
        if g[s] != ".":
            continue
        seen = {s}
        stack = [s]
        escaped = False
        while stack and not escaped:
            x = stack.pop()
            r, c = divmod(x, m)
            if r == 0 or r == n - 1 or c == 0 or c == m - 1:
                escaped = True
                break
            for y in (x - m, x + m, x - 1, x + 1):
                if g[y] == "." and y not in seen:
                    seen.add(y)
                    stack.append(y)
        if not escaped:
            enclosed += 1
    print(enclosed)


main()
