"""Too slow: tries every order of picking up keys; along an order it runs a plain BFS (doors of the keys held so far
open) from the current spot to the next key, then to G. Right (each key letter is on the map once), but it runs
a BFS for every ordered prefix of keys: thousands of searches with six keys."""
import sys


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    g = "".join(data[2:2 + n])
    size = n * m
    start, goal = g.index("S"), g.index("G")
    keys_at = {ord(ch) - 97: x for x, ch in enumerate(g) if "a" <= ch <= "f"}

    def bfs(src, held):
        dist = [-1] * size
        dist[src] = 0
        queue = [src]
        head = 0
        while head < len(queue):
            x = queue[head]
            head += 1
            r, c = divmod(x, m)
            for y, ok in ((x - m, r > 0), (x + m, r < n - 1), (x - 1, c > 0), (x + 1, c < m - 1)):
                if not ok or dist[y] >= 0:
                    continue
                ch = g[y]
                if ch == "#" or ("A" <= ch <= "F" and not held >> (ord(ch) - 65) & 1):
                    continue
                dist[y] = dist[x] + 1
                queue.append(y)
        return dist

    best = -1
    todo = [(start, 0, 0)]  # (where, keys held, moves so far)
    while todo:
        here, held, moves = todo.pop()
        dist = bfs(here, held)
        if dist[goal] >= 0 and (best < 0 or moves + dist[goal] < best):
            best = moves + dist[goal]
        for key, spot in keys_at.items():
            if not held >> key & 1 and dist[spot] >= 0:
                todo.append((spot, held | 1 << key, moves + dist[spot]))
    print(best)


main()
