"""Wrong: one visited array for all levels, made before the loop: after the first level every cell is marked, so
the later levels count no zones and the answer is always the count at r = 0."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    h = [[int(data[2 + r * m + c]) for c in range(m)] for r in range(n)]
    top = max(max(row) for row in h)
    seen = [[False] * m for _ in range(n)]
    best = 0
    for level in range(0, top + 1):
        zones = 0
        for r in range(n):
            for c in range(m):
                if seen[r][c] or h[r][c] <= level:
                    continue
                zones += 1
                seen[r][c] = True
                stack = [(r, c)]
                while stack:
                    x, y = stack.pop()
                    for nx, ny in ((x - 1, y), (x + 1, y), (x, y - 1), (x, y + 1)):
                        if 0 <= nx < n and 0 <= ny < m and not seen[nx][ny] and h[nx][ny] > level:
                            seen[nx][ny] = True
                            stack.append((nx, ny))
        best = max(best, zones)
    print(best)


main()
