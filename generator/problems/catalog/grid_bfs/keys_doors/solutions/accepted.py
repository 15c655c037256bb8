"""Reference: BFS over states (cell, set of keys held as a 6-bit mask); a door needs its key's bit, a key cell adds
its bit; the first time any state on G is dequeued gives the answer."""
import sys


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    g = "".join(data[2:2 + n])
    size = n * m
    start, goal = g.index("S"), g.index("G")
    key_bit = [0] * size
    door_bit = [0] * size
    wall = bytearray(size)
    for x, ch in enumerate(g):
        if ch == "#":
            wall[x] = 1
        elif "a" <= ch <= "f":
            key_bit[x] = 1 << (ord(ch) - 97)
        elif "A" <= ch <= "F":
            door_bit[x] = 1 << (ord(ch) - 65)
    seen = bytearray(size * 64)
    seen[start * 64] = 1
    frontier = [start * 64]
    steps = 0
    while frontier:
        nxt = []
        for state in frontier:
            x, keys = state >> 6, state & 63
            if x == goal:
                print(steps)
                return
            r, c = divmod(x, m)
            for y, ok in ((x - m, r > 0), (x + m, r < n - 1), (x - 1, c > 0), (x + 1, c < m - 1)):
                if not ok or wall[y] or (door_bit[y] and not keys & door_bit[y]):
                    continue
                s = y * 64 + (keys | key_bit[y])
                if not seen[s]:
                    seen[s] = 1
                    nxt.append(s)
        frontier = nxt
        steps += 1
    print(-1)


main()
