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
edges = [(data[4 + 3 * i], data[2 + 3 * i], data[3 + 3 * i]) for i in range(m)]
parent = list(range(n + 1))


def find(x):
    while parent[x] != x:
        x = parent[x]
    return x


tree = []
for w, u, v in sorted(edges):
    a, b = find(u), find(v)
    if a != b:
        parent[a] = b
        tree.append((u, v, w))
shown = ", ".join(f"{u}-{v} ({w})" for u, v, w in tree)
answer = case["output"].split()[0]
if not tree:
    print(f"{node}이(가) 하나뿐이라 이을 것이 없으므로 답은 0입니다." if ko else f"There is only one {node}, so nothing is needed: 0.")
else:
    print(f"짧은 것부터 보며 두 무리를 처음 잇는 {edge}만 고르면 {shown}이고, 모두 연결되는 순간의 마지막 {edge}의 길이 {answer}이(가) 답입니다." if ko else
          f"Taking {edges_word} from the shortest and keeping those that join two groups gives {shown}; everything is "
          f"connected once the last one, of length {answer}, is added, and no connecting set can do better.")
