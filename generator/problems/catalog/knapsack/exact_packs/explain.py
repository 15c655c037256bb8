"""A sample's explanation: for each YES one way to make the amount, for each NO that none exists."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, q = data[0], data[1]
sizes, queries = data[2:2 + n], data[2 + n:2 + n + q]
answers = case["output"].split()
top = max(queries)
last = [0] * (top + 1)  # a pack that ends some way of making s (0: none)
can = [True] + [False] * top
for s in range(1, top + 1):
    for a in sizes:
        if a <= s and can[s - a]:
            can[s], last[s] = True, a
            break
parts = []
for x, answer in zip(queries, answers):
    if answer == "YES" and can[x]:
        way, s = [], x
        while s > 0:
            way.append(last[s])
            s -= last[s]
        parts.append(f"{x} = " + " + ".join(map(str, sorted(way, reverse=True))))
    else:
        parts.append(f"{x}: 불가능" if ko else f"{x}: impossible")
print("; ".join(parts) + ".")
