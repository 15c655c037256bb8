"""Obviously correct: simulate; as long as some undone item has all prerequisites done, do it."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
done = set()
progress = True
while progress:
    progress = False
    for v in range(1, n + 1):
        if v not in done and all(u in done for u, w in edges if w == v):
            done.add(v)
            progress = True
stuck = [v for v in range(1, n + 1) if v not in done]
print(len(stuck), *stuck)
