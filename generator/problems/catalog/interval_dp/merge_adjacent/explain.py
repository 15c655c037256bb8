"""A sample's explanation, computed from the sample: one optimal merge order, rebuilt from the DP table."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, a = data[0], data[1:]
pre = [0]
for v in a:
    pre.append(pre[-1] + v)
best = [[0] * n for _ in range(n)]
split = [[0] * n for _ in range(n)]
for length in range(2, n + 1):
    for i in range(n - length + 1):
        j = i + length - 1
        k = min(range(i, j), key=lambda k: best[i][k] + best[k + 1][j])
        best[i][j], split[i][j] = best[i][k] + best[k + 1][j] + pre[j + 1] - pre[i], k


def show(i, j):
    if i == j:
        return str(a[i])
    k = split[i][j]
    return f"({show(i, k)} + {show(k + 1, j)})"


def merges(i, j):
    """the cost of every merge of (i..j), in the order they are made (left part first)"""
    if i == j:
        return []
    k = split[i][j]
    return merges(i, k) + merges(k + 1, j) + [pre[j + 1] - pre[i]]


if n == 1:
    print("이미 하나뿐이므로 비용은 0입니다." if ko else "There is only one, so the cost is 0.")
else:
    costs = " + ".join(map(str, merges(0, n - 1)))
    print(f"{show(0, n - 1)} 순서로 합치면 합칠 때마다 드는 비용이 {costs} = {best[0][n - 1]}이고, 이것이 최소 비용입니다."
          if ko else f"Merging as {show(0, n - 1)} costs {costs} = {best[0][n - 1]}, the minimum.")
