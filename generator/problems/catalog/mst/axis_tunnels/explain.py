"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = [int(t) for t in case["input"].split()]
n = data[0]
pts = [tuple(data[1 + 3 * i:4 + 3 * i]) for i in range(n)]
pairs = sorted((min(abs(p - q) for p, q in zip(pts[i], pts[j])), i, j) for i in range(n) for j in range(i + 1, n))
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
    print("점이 하나뿐이라 지을 것이 없으므로 답은 0입니다." if ko else "There is only one point, so nothing is built: 0.")
else:
    print(f"입력 순서로 번호를 붙이면 {shown}의 {len(tree)}개를 지으면 되고, 비용의 합은 {total}입니다." if ko else
          f"Numbering the points in input order, build {shown}; the total cost is {total}.")
