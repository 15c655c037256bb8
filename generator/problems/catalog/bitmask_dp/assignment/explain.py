"""A sample's explanation, computed from the sample: one cheapest assignment (by trying every permutation; samples
are tiny) and its cost, the pairs named with the theme's words (texts: agent, job)."""
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
texts = case.get("texts") or {}  # the theme's words, as in the statement
agent = texts.get("agent", "행" if ko else "row")
job = texts.get("job", "열" if ko else "column")
print(f"배정 {pairs} ({agent} 번호→{job} 번호)의 비용은 {terms} = {total}이고, 이보다 싼 배정은 없습니다." if ko
      else f"The assignment {pairs} ({agent}→{job}) costs {terms} = {total}; no assignment is cheaper.")
