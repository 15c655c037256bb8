"""Too slow: simulates the spread minute by minute, scanning the whole grid each minute for cells to take over."""
import sys


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    g = "".join(data[2:2 + n])
    taken = bytearray(1 if ch == "*" else 0 for ch in g)
    minute = 0
    while True:
        new = [x for x in range(n * m) if g[x] == "." and not taken[x] and (
            (x >= m and taken[x - m]) or (x + m < n * m and taken[x + m])
            or (x % m > 0 and taken[x - 1]) or (x % m < m - 1 and taken[x + 1]))]
        if not new:
            break
        for x in new:
            taken[x] = 1
        minute += 1
    print(-1 if any(g[x] == "." and not taken[x] for x in range(n * m)) else minute)


main()
