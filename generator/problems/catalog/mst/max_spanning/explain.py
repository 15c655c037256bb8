"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys


case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}
node = texts.get("node", "정점" if ko else "vertex")
edge = texts.get("edge", "간선" if ko else "edge")
edges_word = texts.get("edges", edge + "s")
data = [int(t) for t in case["input"].split()]
n, m = data[0], data[1]
edges = [(data[2 + 3 * i], data[3 + 3 * i], data[4 + 3 * i]) for i in range(m)]
parent = list(range(n + 1))


def find(x):
    while parent[x] != x:
        x = parent[x]
    return x


tree = []
for u, v, w in sorted(edges, key=lambda e: -e[2]):
    a, b = find(u), find(v)
    if a != b:
        parent[a] = b
        tree.append((u, v, w))
shown = ", ".join(f"{u}-{v} ({w})" for u, v, w in tree)
total = case["output"].split()[0]
if not tree:
    print(f"{node}이(가) 하나뿐이라 남길 {edge}이(가) 없으므로 답은 0입니다." if ko else
          f"There is only one {node}, so nothing is kept: 0.")
else:
    print(f"가치가 큰 {edge}부터 보며 사이클을 만들지 않는 것만 남기면 {shown}이고, 가치의 합은 {total}입니다." if ko else
          f"Taking the most valuable {edges_word} first and skipping any that would close a cycle keeps {shown}, "
          f"worth {total} in total.")
