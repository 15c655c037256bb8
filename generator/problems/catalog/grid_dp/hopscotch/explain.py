"""A sample's explanation, computed from the sample: one best walk (the columns stopped on, rebuilt from the
table), its total, and what the straight-down row maxima would give when the rule forbids them."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
value = texts.get("value", "값" if ko else "points")
counter = texts.get("counter", "")
cell = texts.get("cell", "칸" if ko else "cell")
data = list(map(int, case["input"].split()))
n, m = data[0], data[1]
a = [data[2 + i * m:2 + (i + 1) * m] for i in range(n)]
# tail[i][j]: the most collected from row i to the bottom when row i is stopped on in column j.
tail = [a[-1][:]]
for i in range(n - 2, -1, -1):
    below = tail[0]
    tail.insert(0, [a[i][j] + max(below[k] for k in range(m) if k != j) for j in range(m)])
col = max(range(m), key=lambda j: tail[0][j])
cols = [col]
for i in range(1, n):
    col = max((k for k in range(m) if k != col), key=lambda k: tail[i][k])
    cols.append(col)
total = sum(a[i][c] for i, c in enumerate(cols))
where = ", ".join(str(c + 1) for c in cols)
values = " + ".join(str(a[i][c]) for i, c in enumerate(cols))
row_max = sum(map(max, a))
if ko:
    text = f"위에서부터 {where}열을 밟으면 {value} {values} = {total}{counter}을(를) 모으며, 이것이 최댓값입니다."
    if row_max > total:
        text += (f" 각 행에서 {value}이(가) 가장 많은 {cell}만 밟으면 {row_max}{counter}이지만, 그러면 연속한 두 행에서 같은 열을 밟게 되므로"
                 f" 불가능합니다.")
else:
    text = f"Stopping on columns {where} from the top collects {values} = {total} {value}, the most possible."
    if row_max > total:
        text += (f" Taking the {cell} with the most {value} in every row would give {row_max}, but that walk uses the same column in"
                 f" two consecutive rows.")
print(text)
