"""A sample's explanation: a route that carries the answer, and that one more unit gets stuck (samples are tiny), in
the theme's words (texts: node, edge(s), load)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, m = data[0], data[1]
bridges = [(data[2 + 3 * i], data[3 + 3 * i], data[4 + 3 * i]) for i in range(m)]
s, t = data[2 + 3 * m], data[3 + 3 * m]
w = int(case["output"].split()[0])


def route(weight):
    """A shortest route (by bridges) from s to t over bridges holding the weight, as a list of places, or None."""
    parent = {s: None}
    queue = [s]
    for u in queue:
        for a, b, c in bridges:
            for x, y in ((a, b), (b, a)):
                if x == u and c >= weight and y not in parent:
                    parent[y] = u
                    queue.append(y)
    if t not in parent:
        return None
    path, v = [], t
    while v is not None:
        path.append(v)
        v = parent[v]
    return path[::-1]


texts = case["texts"]
node, edge, load = texts["node"], texts["edge"], texts["load"]
edges = texts.get("edges", edge)
if w == -1:
    print(f"{edge}을(를) 어떻게 이어도 {s}번 {node}에서 {t}번 {node}(으)로 갈 수 없으므로 -1입니다." if ko else
          f"No {edges} lead from {node} {s} to {node} {t} at all, so -1.")
else:
    path = " → ".join(map(str, route(w)))
    if ko:
        print(f"크기가 {w}인 {load}은(는) {path} 경로로 갈 수 있습니다. 이 경로의 {edge}은(는) 모두 제한이 {w} 이상입니다. "
              f"크기가 {w + 1}이면 {t}번 {node}에 갈 수 없습니다.")
    else:
        print(f"A {load} of size {w} gets through on the route {path}: every {edge} on it has a limit of at least {w}. "
              f"At size {w + 1}, {node} {t} cannot be reached.")
