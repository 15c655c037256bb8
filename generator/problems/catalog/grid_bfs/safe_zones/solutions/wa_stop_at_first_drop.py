"""Wrong: raises the level only while the number of zones does not drop, as if the count rose to one peak and then
fell: a map whose count falls and rises again (2, then 1, then 5 zones) stops too early."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    h = [[int(data[2 + r * m + c]) for c in range(m)] for r in range(n)]
    top = max(max(row) for row in h)
    best = 0
    for level in range(0, top + 1):
        seen = [[h[r][c] <= level for c in range(m)] for r in range(n)]
        zones = 0
        for r in range(n):
            for c in range(m):
                if seen[r][c]:
                    continue
                zones += 1
                seen[r][c] = True
                stack = [(r, c)]
                while stack:
                    x, y = stack.pop()
                    for nx, ny in ((x - 1, y), (x + 1, y), (x, y - 1), (x, y + 1)):
                        if 0 <= nx < n and 0 <= ny < m and not seen[nx][ny]:
                            seen[nx][ny] = True
                            stack.append((nx, ny))
        if zones < best:
            break
        best = zones
    print(best)


main()
