"""Wrong: joins remaining cells that touch only diagonally too (eight directions), so zones that meet at a corner
count as one."""
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
                    for dx in (-1, 0, 1):
                        for dy in (-1, 0, 1):
                            nx, ny = x + dx, y + dy
                            if 0 <= nx < n and 0 <= ny < m and not seen[nx][ny]:
                                seen[nx][ny] = True
                                stack.append((nx, ny))
        best = max(best, zones)
    print(best)


main()
