"""A sample's explanation from its executed answer: points at the first change that lowers the count (a merge)
and the first repeated cell."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
toks = case["input"].split()
k = int(toks[2])
cells = [(int(toks[3 + 2 * i]), int(toks[4 + 2 * i])) for i in range(k)]
counts = [int(x) for x in case["output"].split()]
parts = []
for i in range(1, k):
    if counts[i] < counts[i - 1]:
        r, c = cells[i]
        parts.append(f"{i + 1}번째 변화에서 ({r}, {c}) 칸이 이웃한 무리 {counts[i - 1] - counts[i] + 1}개를 하나로 합칩니다." if ko else
                     f"Change {i + 1} at ({r}, {c}) joins {counts[i - 1] - counts[i] + 1} neighbouring groups into one.")
        break
seen = set()
for i, cell in enumerate(cells):
    if cell in seen:
        parts.append(f"{i + 1}번째 변화의 칸은 이미 바뀐 칸이라 개수가 그대로입니다." if ko else
                     f"Change {i + 1} repeats a cell that already changed, so the count stays.")
        break
    seen.add(cell)
parts.append(f"마지막 개수는 {counts[-1]}입니다." if ko else f"In the end there are {counts[-1]}.")
print(" ".join(parts))
