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
texts = case.get("texts") or {}  # the theme's words, as in the statement
vertex = texts.get("vertex", "정점" if ko else "vertex")
vertices = texts.get("vertices", "vertices")
link = texts.get("link", "간선" if ko else "edge")
colour = texts.get("colour", "색" if ko else "colour")
colours = texts.get("colours", "colours")
ways = max(k - 1, 0) ** n
if ko:
    print(f"예를 들어 {vertex}마다 {colour}을(를) {shown}처럼 정하면 ({vertex}→{colour}) {colour} {k}개로 충분합니다. "
          + (f"{colour} {k - 1}개로 정하는 {ways}가지 방법은 모두 어떤 {link}의 두 {vertex}에 같은 {colour}을(를) "
             f"주게 됩니다." if ways > 1 else
             f"{colour} 1개만 쓰면 어떤 {link}의 두 {vertex}에 같은 {colour}을(를) 주게 됩니다.") if k > 1 else
          f"{link}이(가) 없으므로 모든 {vertex}에 같은 {colour}을(를) 주면 됩니다.")
else:
    print(f"For example, the {colours} ({vertex}→{colour}) {shown} use {k} {colours}. "
          f"{'The only way' if ways == 1 else f'Each of the {ways} ways'} to use {k - 1} "
          f"{colour if k == 2 else colours} gives the two {vertices} of some {link} the same {colour}." if k > 1 else
          f"There is no {link}, so one {colour} for every {vertex} is enough.")
