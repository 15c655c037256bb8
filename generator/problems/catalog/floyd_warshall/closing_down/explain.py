"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = [int(t) for t in case["input"].split()]
n = data[0]
order = data[1 + n * n:1 + n * n + n]
sums = case["output"].split()
if n == 1:
    print("정점이 하나뿐이라 합은 0입니다." if ko else "With one vertex the sum is 0.")
else:
    print(f"처음에는 모든 정점이 열려 있어 합이 {sums[0]}이고, {order[0]}번을 닫은 뒤 남은 정점끼리의 합은 {sums[1]}입니다. "
          "거꾸로 보면 정점을 하나씩 다시 열며 그 정점을 거쳐 가는 경로만 갱신하면 됩니다." if ko else
          f"With every vertex open the sum is {sums[0]}; after closing {order[0]} the remaining pairs sum to "
          f"{sums[1]}. Backwards, each step opens one vertex and only routes through it need updating.")
