"""A sample's explanation: one best split, with both teams' abilities (samples are small)."""
import json
import sys
from itertools import combinations

case = json.load(sys.stdin)
ko = case["language"] == "ko"


data = list(map(int, case["input"].split()))
n = data[0]
s = [data[1 + i * n:1 + (i + 1) * n] for i in range(n)]
best = None
for rest in combinations(range(1, n), n // 2 - 1):
    a = (0,) + rest
    b = [i for i in range(n) if i not in a]
    sa = sum(s[i][j] for i in a for j in a)
    sb = sum(s[i][j] for i in b for j in b)
    if best is None or abs(sa - sb) < best[0]:
        best = (abs(sa - sb), a, b, sa, sb)
diff, a, b, sa, sb = best
ta, tb = ", ".join(str(i + 1) for i in a), ", ".join(str(i + 1) for i in b)
print(f"예를 들어 {{{ta}}}(합 {sa})과(와) {{{tb}}}(합 {sb})(으)로 나누면 "
      f"차이가 {diff}(으)로 가장 작습니다." if ko else
      f"For example, teams {{{ta}}} (total {sa}) and {{{tb}}} (total {sb}) differ by {diff}, the least possible.")
