"""Obviously correct: try every level r from 0 to 100; label each remaining cell with its own index and let
neighbouring remaining cells take the smaller label until nothing changes; count the cells that keep their own
label."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
h = [[int(data[2 + r * m + c]) for c in range(m)] for r in range(n)]
best = 0
for level in range(0, 101):
    label = {(r, c): r * m + c for r in range(n) for c in range(m) if h[r][c] > level}
    changed = True
    while changed:
        changed = False
        for (r, c) in label:
            for nb in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if nb in label and label[nb] < label[(r, c)]:
                    label[(r, c)] = label[nb]
                    changed = True
    best = max(best, sum(1 for (r, c), v in label.items() if v == r * m + c))
print(best)
