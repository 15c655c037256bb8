"""A sample's explanation, computed from the sample: one best selling order, rebuilt from the DP table."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, a = data[0], data[1:]
best = [[0] * (n + 1) for _ in range(n + 1)]  # best[i][j]: a[i..j-1] left
for length in range(1, n + 1):
    day = n - length + 1
    for i in range(n - length + 1):
        j = i + length
        best[i][j] = max(a[i] * day + best[i + 1][j], a[j - 1] * day + best[i][j - 1])
i, j, sold = 0, n, []
while i < j:
    day = n - (j - i) + 1
    if a[i] * day + best[i + 1][j] >= a[j - 1] * day + best[i][j - 1]:
        sold.append(a[i])
        i += 1
    else:
        sold.append(a[j - 1])
        j -= 1
terms = " + ".join(f"{v}×{d}" for d, v in enumerate(sold, 1))
total = sum(v * d for d, v in enumerate(sold, 1))
order = ", ".join(map(str, sold))
print(f"{order} 순서로 팔면 {terms} = {total}이고, 이보다 많이 벌 수는 없습니다." if ko
      else f"Selling in the order {order} earns {terms} = {total}; no order earns more.")
