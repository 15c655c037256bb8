"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = [int(t) for t in case["input"].split()]
n = data[0]
pts = [(data[1 + 2 * i], data[2 + 2 * i]) for i in range(n)]
pairs = sorted((abs(pts[i][0] - pts[j][0]) + abs(pts[i][1] - pts[j][1]), i, j) for i in range(n) for j in range(i + 1, n))
label = list(range(n))
tree = []
for d, i, j in pairs:
    if label[i] != label[j]:
        old = label[j]
        label = [label[i] if x == old else x for x in label]
        tree.append((d, i, j))
shown = ", ".join(f"{i + 1}-{j + 1} ({d})" for d, i, j in tree)
total = case["output"].split()[0]
if not tree:
    print("점이 하나뿐이라 연결할 것이 없으므로 답은 0입니다." if ko else "There is only one point, so nothing is needed: 0.")
else:
    print(f"입력 순서대로 번호를 붙일 때 {shown}의 {len(tree)}쌍을 이으면 되고, 비용(맨해튼 거리)의 합은 {total}입니다."
          if ko else f"Numbering the points in input order, link {shown}; the total cost is {total}.")
