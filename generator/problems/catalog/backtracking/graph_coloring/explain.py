"""A sample's explanation, computed from the sample: one colouring with the fewest colours (found by trying all
colourings of the tiny sample), and why one colour less is impossible (checked the same way)."""
import json
import sys
from itertools import product

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, m = data[0], data[1]
edges = [(data[2 + 2 * e] - 1, data[3 + 2 * e] - 1) for e in range(m)]
k = int(case["output"].split()[0])
colouring = next(c for c in product(range(k), repeat=n) if all(c[u] != c[v] for u, v in edges))
shown = ", ".join(f"{v + 1}→{c + 1}" for v, c in enumerate(colouring))
if ko:
    print(f"예를 들어 정점마다 색을 {shown}처럼 정하면 (정점→색) 색 {k}개로 충분합니다. 색 {k - 1}개로 칠하는 {max(k - 1, 0) ** n}가지 방법은 "
          f"모두 어떤 간선의 두 끝을 같은 색으로 칠하게 됩니다." if k > 1 else
          "간선이 없으므로 모든 정점을 한 가지 색으로 칠하면 됩니다.")
else:
    ways = max(k - 1, 0) ** n
    print(f"For example, the colouring (vertex→colour) {shown} uses {k} colours. "
          f"{'The only way' if ways == 1 else f'Each of the {ways} ways'} to use {k - 1} "
          f"{'colour' if k == 2 else 'colours'} gives some edge two equal ends." if k > 1 else
          "There is no edge, so one colour for every vertex is enough.")
