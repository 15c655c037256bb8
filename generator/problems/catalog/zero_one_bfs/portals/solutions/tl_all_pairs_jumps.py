"""Too slow: every cell of a letter jumps to every other cell of that letter (all pairs, O(K^2) for a letter on K
cells). Otherwise the reference: 0-1 BFS over the cells; a step costs 1 (to the back of the deque), a jump costs 0 (to the front).
Jumps are not stored as edges (one letter may cover most of the grid: that would be quadratic). Cells leave the
deque in order of cost, so the first cell of a letter to leave it has the cheapest cost of its letter: the jumps of
that letter are expanded then, once, and never again."""
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    h, w = int(data[0]), int(data[1])
    flat = b"".join(data[2:2 + h])
    total = h * w
    groups = {}
    for x, ch in enumerate(flat):
        if 97 <= ch <= 122:
            groups.setdefault(ch, []).append(x)
    start, goal = flat.index(b"S"), flat.index(b"T")
    INF = total + 1
    dist = [INF] * total
    dist[start] = 0
    queue = deque([(0, start)])
    while queue:
        d, x = queue.popleft()
        if d != dist[x]:
            continue
        if x == goal:
            break
        ch = flat[x]
        if 97 <= ch <= 122:
            for y in groups[ch]:
                if d < dist[y]:
                    dist[y] = d
                    queue.appendleft((d, y))
        r, c = divmod(x, w)
        nd = d + 1
        for y, ok in ((x - w, r > 0), (x + w, r < h - 1), (x - 1, c > 0), (x + 1, c < w - 1)):
            if ok and flat[y] != 35 and nd < dist[y]:  # 35 is '#'
                dist[y] = nd
                queue.append((nd, y))
    print(dist[goal] if dist[goal] < INF else -1)


main()
