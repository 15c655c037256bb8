"""Too slow: simulates minute by minute, rescanning the whole map each minute to spread the fire and to move the
person; the number of minutes can be about half the map."""
import sys


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    g = "".join(data[2:2 + n])
    size = n * m
    burning = bytearray(1 if ch == "F" else 0 for ch in g)
    here = bytearray(1 if ch == "J" else 0 for ch in g)
    been = bytearray(here)
    minute = 0
    while any(here):
        for x in range(size):
            if here[x]:
                r, c = divmod(x, m)
                if r == 0 or r == n - 1 or c == 0 or c == m - 1:
                    print(minute + 1)
                    return
        spread = [x for x in range(size) if g[x] != "#" and not burning[x] and (
            (x >= m and burning[x - m]) or (x + m < size and burning[x + m])
            or (x % m > 0 and burning[x - 1]) or (x % m < m - 1 and burning[x + 1]))]
        for x in spread:
            burning[x] = 1
        step = [x for x in range(size) if g[x] != "#" and not burning[x] and not been[x] and (
            (x >= m and here[x - m]) or (x + m < size and here[x + m])
            or (x % m > 0 and here[x - 1]) or (x % m < m - 1 and here[x + 1]))]
        here = bytearray(size)
        for x in step:
            here[x] = 1
            been[x] = 1
        minute += 1
    print(-1)


main()
