"""Wrong: an ordinary BFS queue (every cell to the back, its cost fixed when first reached) finds a route with the
fewest moves and counts its walls; a longer route may break fewer. Otherwise the reference: 0-1 BFS over the cells (entering a free cell costs 0, entering a wall costs 1). Cells are numbered
r * W + c; a deque keeps them in order of cost, stale entries are skipped."""
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    h, w = int(data[0]), int(data[1])
    cost = [0 if ch == 46 else 1 for row in data[2:2 + h] for ch in row]  # 46 is '.'
    total = h * w
    INF = total + 1
    dist = [INF] * total
    dist[0] = 0
    queue = deque([(0, 0)])
    goal = total - 1
    while queue:
        d, x = queue.popleft()
        if x == goal:
            break
        r, c = divmod(x, w)
        for y, ok in ((x - w, r > 0), (x + w, r < h - 1), (x - 1, c > 0), (x + 1, c < w - 1)):
            if ok:
                nd = d + cost[y]
                if dist[y] == INF:
                    dist[y] = nd
                    queue.append((nd, y))
    print(dist[goal])


main()
