"""A sample's explanation, computed from the sample: one best removal order, rebuilt from the DP table."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n = data[0]
v = [1] + data[1:1 + n] + [1]
best = [[0] * (n + 2) for _ in range(n + 2)]
last = [[0] * (n + 2) for _ in range(n + 2)]
for length in range(1, n + 1):
    for i in range(1, n - length + 2):
        j = i + length - 1
        k = max(range(i, j + 1), key=lambda k: best[i][k - 1] + best[k + 1][j] + v[i - 1] * v[k] * v[j + 1])
        best[i][j] = best[i][k - 1] + best[k + 1][j] + v[i - 1] * v[k] * v[j + 1]
        last[i][j] = k


def order(i, j, out):
    if i > j:
        return
    k = last[i][j]
    order(i, k - 1, out)
    order(k + 1, j, out)
    out.append(k)


removed = []
order(1, n, removed)
alive = list(range(n + 2))
steps = []
for k in removed:
    p = alive.index(k)
    left, right = v[alive[p - 1]], v[alive[p + 1]]
    steps.append(f"{left}×{v[k]}×{right}")
    alive.pop(p)
shown = " + ".join(steps)
order_text = ", ".join(f"{k}" for k in removed)
print(f"처음 줄에서의 위치가 {order_text}인 것을 이 순서로 없애면 {shown} = {best[1][n]}점으로 최대입니다." if ko
      else f"Removing the ones at original positions {order_text}, in this order, scores {shown} = {best[1][n]}, the maximum.")
