"""Too slow: sweep the whole grid in row order relaxing every move until a sweep changes nothing; a route that runs
against the sweep order needs one sweep per step."""
import sys

data = sys.stdin.buffer.read().split()
h, w = int(data[0]), int(data[1])
grid = b"".join(data[2:2 + h])
size = h * w
STEP = {ord("U"): 0, ord("D"): 1, ord("L"): 2, ord("R"): 3}  # direction codes (deltas collide when W = 1)
INF = size + 5
dist = [INF] * size
dist[0] = 0
changed = True
while changed:
    changed = False
    for x in range(size):
        d = dist[x]
        if d == INF:
            continue
        r, c = divmod(x, w)
        free = STEP[grid[x]]
        for code, delta, ok in ((0, -w, r > 0), (1, w, r < h - 1), (2, -1, c > 0), (3, 1, c < w - 1)):
            if ok:
                y = x + delta
                nd = d if code == free else d + 1
                if nd < dist[y]:
                    dist[y] = nd
                    changed = True
print(dist[size - 1])
