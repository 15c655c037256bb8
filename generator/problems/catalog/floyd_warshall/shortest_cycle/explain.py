"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the places and the links between them).
Finds one shortest cycle by a small search (samples are tiny); with none, an order of the places in which
every link leads forward."""
import json
import sys

case = json.load(sys.stdin)
texts = case.get("texts") or {}  # the theme's words, as in the statement
ko = case["language"] == "ko"
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", "vertices")
edge = texts.get("edge", "간선" if ko else "edge")
edges = texts.get("edges", "edges")


data = [int(t) for t in case["input"].split()]
n, m = data[0], data[1]
w = {}
for e in range(m):
    u, v, c = data[2 + 3 * e], data[3 + 3 * e], data[4 + 3 * e]
    w[(u, v)] = min(c, w.get((u, v), c))
best = None
stack = [(s, [s], 0) for s in range(1, n + 1)]
while stack:
    u, path, total = stack.pop()
    for v in range(1, n + 1):
        if (u, v) in w:
            if v == path[0] and (best is None or total + w[(u, v)] < best[0]):
                best = (total + w[(u, v)], path + [v])
            elif v > path[0] and v not in path:
                stack.append((v, path + [v], total + w[(u, v)]))
if best is None:
    # a witness: an order of the places in which every link leads forward (Kahn's algorithm, smallest first)
    indegree = {v: 0 for v in range(1, n + 1)}
    for (u, v) in w:
        indegree[v] += 1
    ready = sorted(v for v in indegree if indegree[v] == 0)
    order = []
    while ready:
        u = ready.pop(0)
        order.append(u)
        for v in range(1, n + 1):
            if (u, v) in w:
                indegree[v] -= 1
                if indegree[v] == 0:
                    ready.append(v)
                    ready.sort()
    listed = ", ".join(map(str, order))
    print(f"{node}을(를) {listed} 순서로 늘어놓으면 모든 {edge}이(가) 앞의 {node}에서 뒤의 {node}(으)로만 가므로, "
          f"어디에서 출발해도 되돌아올 수 없어 -1입니다." if ko else
          f"Listing the {nodes} in the order {listed}, every {edge} leads from an earlier {node} to a later one, so "
          f"no trip can come back to where it started: the answer is -1.")
else:
    route = " → ".join(map(str, best[1]))
    legs = [w[(a, b)] for a, b in zip(best[1], best[1][1:])]
    total = " + ".join(map(str, legs)) + f" = {best[0]}"
    print(f"가장 짧은 순환은 {route}이며 걸리는 시간은 {total}입니다." if ko else
          f"The shortest round trip is {route}, taking {total} in total.")
