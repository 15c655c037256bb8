import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
pts = list(zip(map(int, data[1:1 + 2 * n:2]), map(int, data[2:2 + 2 * n:2])))
start = min(pts)
count = 0
cur = start
while True:  # Jarvis march: from each corner, the next corner has every point on its left (the farthest if tied)
    count += 1
    cx, cy = cur
    best = pts[0] if pts[0] != cur else pts[1]
    for p in pts:
        if p == cur:
            continue
        cross = (best[0] - cx) * (p[1] - cy) - (best[1] - cy) * (p[0] - cx)
        if cross < 0 or (cross == 0 and (p[0] - cx) ** 2 + (p[1] - cy) ** 2 > (best[0] - cx) ** 2 + (best[1] - cy) ** 2):
            best = p
    cur = best
    if cur == start:
        break
print(count)
