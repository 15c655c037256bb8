"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the things and the links between them)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", "vertices")
edge = texts.get("edge", "간선" if ko else "edge")


data = [int(t) for t in case["input"].split()]
n, f = data[0], [0] + data[1:]
answer = case["output"].split()
# The cycles, each listed once from its smallest vertex.
cycles, seen = [], set()
for s in range(1, n + 1):
    walk, x = [], s
    while x not in walk:
        walk.append(x)
        x = f[x]
    cycle = walk[walk.index(x):]
    key = min(cycle)
    if key not in seen:
        seen.add(key)
        start = cycle.index(key)
        cycles.append(cycle[start:] + cycle[:start])
shown = ", ".join(" → ".join(map(str, c + [c[0]])) for c in cycles)
s = max(range(1, n + 1), key=lambda v: (int(answer[v - 1]), -v))
walk, x = [], s
while x not in walk:
    walk.append(x)
    x = f[x]
path = " → ".join(map(str, walk + [x]))
print(f"사이클: {shown}. 예를 들어 {s}번 {node}에서 출발하면 {path} 순서로 서로 다른 {node} {answer[s - 1]}개를 지난 뒤 "
      f"이미 지난 {node}(으)로 돌아옵니다." if ko else
      f"Cycles: {shown}. For example, starting at {node} {s} the walk {path} visits {answer[s - 1]} different "
      f"{node if answer[s - 1] == '1' else nodes} before it repeats one.")
