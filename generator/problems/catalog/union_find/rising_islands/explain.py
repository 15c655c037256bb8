"""A sample's explanation from its executed answer: points at the first change that lowers the count (a merge)
and the first repeated cell. Reads {"input", "output", "language", "texts"} as JSON (texts: the theme's words for
the groups the cells form)."""
import json
import sys


case = json.load(sys.stdin)
texts = case.get("texts") or {}  # the theme's words, as in the statement
ko = case["language"] == "ko"
group = texts.get("group", "무리" if ko else "group")
groups = texts.get("groups", group + "s")


toks = case["input"].split()
k = int(toks[2])
cells = [(int(toks[3 + 2 * i]), int(toks[4 + 2 * i])) for i in range(k)]
counts = [int(x) for x in case["output"].split()]
parts = []
for i in range(1, k):
    if counts[i] < counts[i - 1]:
        r, c = cells[i]
        parts.append(f"{i + 1}번째 변화에서 ({r}, {c}) 칸이 이웃한 {group} {counts[i - 1] - counts[i] + 1}개를 하나로 합칩니다."
                     if ko else f"Change {i + 1} at ({r}, {c}) joins {counts[i - 1] - counts[i] + 1} neighbouring "
                     f"{groups} into one.")
        break
seen = set()
for i, cell in enumerate(cells):
    if cell in seen:
        parts.append(f"{i + 1}번째 변화의 칸은 이미 바뀐 칸이라 개수가 그대로입니다." if ko else
                     f"Change {i + 1} repeats a cell given before, so the count stays.")
        break
    seen.add(cell)
parts.append(f"마지막에는 {group}이(가) {counts[-1]}개입니다." if ko else
             f"In the end there {'is 1 ' + group if counts[-1] == 1 else f'are {counts[-1]} {groups}'}.")
print(" ".join(parts))
