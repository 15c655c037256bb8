"""A sample's explanation, computed from the sample: one cheapest assignment (by trying every permutation; samples
are tiny) and its cost."""
import json
import sys
from itertools import permutations

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n = data[0]
c = [data[1 + i * n:1 + (i + 1) * n] for i in range(n)]
best = min(permutations(range(n)), key=lambda p: (sum(c[i][p[i]] for i in range(n)), p))
terms = " + ".join(str(c[i][best[i]]) for i in range(n))
pairs = ", ".join(f"{i + 1}→{best[i] + 1}" for i in range(n))
total = sum(c[i][best[i]] for i in range(n))
print(f"배정 {pairs} (행 번호→열 번호)의 비용은 {terms} = {total}이고, 이보다 싼 배정은 없습니다." if ko
      else f"The assignment {pairs} (row→column) costs {terms} = {total}; no assignment is cheaper.")
