"""A sample's explanation, computed from the sample: the routes listed (samples have few), or the count."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, m = data[0], data[1]
h = [data[2 + i * m:2 + (i + 1) * m] for i in range(n)]
found, stack = [], [[(0, 0)]]
while stack:
    path = stack.pop()
    i, j = path[-1]
    if (i, j) == (n - 1, m - 1):
        found.append(path)
        continue
    for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
        if 0 <= a < n and 0 <= b < m and h[a][b] < h[i][j]:
            stack.append(path + [(a, b)])
found.sort()
shown = "; ".join(" → ".join(f"({i + 1},{j + 1})" for i, j in path) for path in found[:4])
if not found:
    print("마지막 칸에 닿는 내리막 경로가 없으므로 답은 0입니다." if ko else "No downhill route reaches the last cell, so the answer is 0.")
elif ko:
    print(f"경로는 {len(found)}개입니다: {shown}" + (" 등." if len(found) > 4 else "."))
else:
    print(f"There {'is' if len(found) == 1 else 'are'} {len(found)} route{'' if len(found) == 1 else 's'}: {shown}"
          + (", and more." if len(found) > 4 else "."))
