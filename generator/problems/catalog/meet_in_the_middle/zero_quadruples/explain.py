"""A sample's explanation: the cancelling quadruples listed by index when there are few."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n = data[0]
rows = [data[1 + 4 * i:5 + 4 * i] for i in range(n)]
found = [(i, j, k, t) for i in range(n) for j in range(n) for k in range(n) for t in range(n)
         if rows[i][0] + rows[j][1] + rows[k][2] + rows[t][3] == 0]
shown = "; ".join(f"({i + 1}, {j + 1}, {k + 1}, {t + 1})" for i, j, k, t in found[:4])
more = "; …" if len(found) > 4 else ""
if ko:
    print(f"합이 0인 (A, B, C, D)의 번호 조합은 {len(found)}개입니다" + (f": {shown}{more}." if found else "."))
else:
    print(f"{len(found)} index quadruples (A, B, C, D) sum to 0" + (f": {shown}{more}." if found else "."))
