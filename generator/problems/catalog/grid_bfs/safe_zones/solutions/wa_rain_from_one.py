"""Wrong: tries the levels 1 to the highest height only, forgetting that no rain (r = 0) is allowed: a map whose
every height is 1 gets 0 instead of 1."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    h = [[int(data[2 + r * m + c]) for c in range(m)] for r in range(n)]
    top = max(max(row) for row in h)
    best = 0
    for level in range(1, top + 1):
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
        best = max(best, zones)
    print(best)


main()
