"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = [int(t) for t in case["input"].split()]
n, m = data[0], data[1]
INF = float("inf")
d = [[0 if i == j else INF for j in range(n)] for i in range(n)]
for e in range(m):
    u, v, w = data[2 + 3 * e] - 1, data[3 + 3 * e] - 1, data[4 + 3 * e]
    d[u][v] = d[v][u] = min(d[u][v], w)
for k in range(n):
    for i in range(n):
        for j in range(n):
            d[i][j] = min(d[i][j], d[i][k] + d[k][j])
sums = ", ".join(f"{i + 1}: {sum(d[i])}" for i in range(n))
best, total = case["output"].split()[:2]
print(f"번호별 거리 합은 {sums}이고, 합이 가장 작은 것은 {best}번(합 {total})입니다." if ko else
      f"The sums of distances are {sums}; the smallest is {total}, at vertex {best}.")
