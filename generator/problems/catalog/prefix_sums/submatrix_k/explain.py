"""A sample's explanation: the rectangles whose sum is K (samples are tiny)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, m, k = data[0], data[1], data[2]
a = [data[3 + i * m: 3 + (i + 1) * m] for i in range(n)]
hits = [(t + 1, l + 1, b + 1, r + 1) for t in range(n) for b in range(t, n) for l in range(m) for r in range(l, m)
        if sum(a[i][j] for i in range(t, b + 1) for j in range(l, r + 1)) == k]
shown = ", ".join(f"({t},{l})-({b},{r})" for t, l, b, r in hits[:6]) + (" …" if len(hits) > 6 else "")
if not hits:
    print(f"합이 {k}인 직사각형이 없으므로 답은 0입니다." if ko else f"No rectangle has sum {k}, so the answer is 0.")
elif ko:
    print(f"합이 {k}인 직사각형을 (위쪽 행, 왼쪽 열)-(아래쪽 행, 오른쪽 열)로 적으면 {shown}이고, 모두 {len(hits)}개입니다.")
else:
    print(f"Written as (top row, left column)-(bottom row, right column), the rectangles with sum {k} are {shown}: "
          f"{len(hits)} in all.")
