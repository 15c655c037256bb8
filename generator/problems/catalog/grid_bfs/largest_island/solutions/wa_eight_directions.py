"""Wrong: treats diagonal neighbours as connected (8 directions instead of 4), so clusters merge and grow."""
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
                for dr in (-1, 0, 1):
                    for dc in (-1, 0, 1):
                        nr, nc = r + dr, c + dc
                        y = nr * m + nc
                        if 0 <= nr < n and 0 <= nc < m and g[y] == "#" and not seen[y]:
                            seen[y] = 1
                            stack.append(y)
            best = max(best, size)
    print(best)


main()
