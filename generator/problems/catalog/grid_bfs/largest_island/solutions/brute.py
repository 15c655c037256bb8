"""Obviously correct: every '#' cell repeatedly takes the smallest label among itself and its '#' neighbours
until nothing changes; the answer is the most frequent label's count."""
import sys
from collections import Counter

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
g = "".join(data[2:2 + n])
label = {(r, c): r * m + c for r in range(n) for c in range(m) if g[r * m + c] == "#"}
changed = True
while changed:
    changed = False
    for (r, c) in list(label):
        for nb in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if nb in label and label[nb] < label[(r, c)]:
                label[(r, c)] = label[nb]
                changed = True
print(max(Counter(label.values()).values(), default=0))
