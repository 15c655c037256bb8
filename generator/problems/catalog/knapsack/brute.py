"""Obviously correct and slow: try every amount of every item. The fill task (one line of N weights) is the same
with value = weight; the other tasks have one line per item ("w v" or "w v c")."""
import sys
from itertools import product

lines = sys.stdin.read().split("\n")
n, cap = map(int, lines[0].split())
rows = [list(map(int, line.split())) for line in lines[1:] if line.strip()]
if len(rows) == 1 and len(rows[0]) == n:  # fill: N weights on one line (an item line has 2 or 3 numbers)
    items = [(w, w, 1) for w in rows[0]]
else:
    items = [(t[0], t[1], t[2] if len(t) > 2 else 1) for t in rows]
best = 0
for amounts in product(*[range(c + 1) for _, _, c in items]):
    weight = sum(a * w for a, (w, _, _) in zip(amounts, items))
    if weight <= cap:
        best = max(best, sum(a * v for a, (_, v, _) in zip(amounts, items)))
print(best)
