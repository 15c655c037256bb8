"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON.
Rebuilds one best trip with at most K edges by layered Bellman-Ford with parent links."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = [int(t) for t in case["input"].split()]
n, m, k = data[0], data[1], data[2]
edges = [(data[3 + 3 * e], data[4 + 3 * e], data[5 + 3 * e]) for e in range(m)]
answer = case["output"].split()[0]
INF = float("inf")
layers = [[INF] * (n + 1)]
layers[0][1] = 0
parent = [[None] * (n + 1)]
for j in range(1, k + 1):  # layers[j][v]: cheapest walk with exactly j edges
    cur, par = [INF] * (n + 1), [None] * (n + 1)
    for u, v, w in edges:
        if layers[-1][u] + w < cur[v]:
            cur[v], par[v] = layers[-1][u] + w, u
    layers.append(cur)
    parent.append(par)
if answer == "IMPOSSIBLE":
    print(f"{k}번 이하의 이동으로 1번에서 {n}번까지 가는 여정이 없으므로 IMPOSSIBLE입니다." if ko else
          f"No trip from 1 to {n} uses at most {k} legs, so the answer is IMPOSSIBLE.")
else:
    j = min(range(1, k + 1), key=lambda i: (layers[i][n], i))
    walk, v = [n], n
    for i in range(j, 0, -1):
        v = parent[i][v]
        walk.append(v)
    route = " → ".join(map(str, reversed(walk)))
    # The statement's words (legs / 이동), and no particle right after a number (8이, 14가 differ).
    print(f"{route} 여정은 {j}번 이동하고(최대 {k}번) 순비용이 {answer}입니다. 이보다 순비용이 작은 여정은 없습니다."
          if ko else f"The trip {route} uses {j} legs (at most {k} allowed) and its net cost is {answer}, the smallest possible.")
