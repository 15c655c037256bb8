"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
variant, ko = case["params"]["variant"], case["language"] == "ko"
weighted = "maxw" in case["params"]
texts = case.get("texts") or {}
node = texts.get("node", "정점" if ko else "vertex")
edge = texts.get("edge", "간선" if ko else "edge")
edges = texts.get("edges", edge + "s")


tokens = [int(t) for t in case["input"].split()]
answer = case["output"].split()
n = tokens[0]
adj = [[] for _ in range(n + 1)]
step = 3 if weighted else 2
for i in range(n - 1):
    u, v = tokens[1 + step * i], tokens[2 + step * i]
    w = tokens[3 + step * i] if weighted else 1
    adj[u].append((v, w))
    adj[v].append((u, w))


def sweep(start):
    """Distances and parents from start (iterative)."""
    dist, parent = [-1] * (n + 1), [0] * (n + 1)
    dist[start] = 0
    stack = [start]
    while stack:
        x = stack.pop()
        for y, w in adj[x]:
            if dist[y] == -1:
                dist[y], parent[y] = dist[x] + w, x
                stack.append(y)
    return dist, parent


def farthest(dist):
    return max(range(1, n + 1), key=lambda v: (dist[v], -v))


def tied(dist):
    """Every vertex at the largest distance, in increasing order, written as a list ("5 and 6", "5번, 6번")."""
    top = max(dist[1:n + 1])
    ids = [v for v in range(1, n + 1) if dist[v] == top]
    if ko:
        return ", ".join(f"{v}번" for v in ids)
    return str(ids[0]) if len(ids) == 1 else ", ".join(map(str, ids[:-1])) + f" and {ids[-1]}"


def route(parent, start, end):
    path = [end]
    while path[-1] != start:
        path.append(parent[path[-1]])
    return "-".join(map(str, reversed(path)))


unit_ko = "길이" if weighted else f"{edge} 수"
if variant == "farthest_from_one":
    dist, parent = sweep(1)
    far = farthest(dist)
    if far == 1:
        print(f"{node}이(가) 하나뿐이므로 답은 0입니다." if ko else f"There is only one {node}, so the answer is 0.")
    else:
        ties = dist.count(dist[far]) > 1
        nodes = texts.get("nodes", node + "s")
        if ko:
            print(f"{node} 1에서 가장 먼 {node}은(는) {tied(dist)}이고, " + (f"그중 {far}번까지의 " if ties else "") +
                  f"경로 {route(parent, 1, far)}의 {edge}은(는) {dist[far]}개입니다.")
        else:
            print((f"The farthest {nodes} from {node} 1 are {tied(dist)}; the path to {far}, " if ties else
                   f"The farthest {node} from {node} 1 is {far}: the path ") +
                  f"{route(parent, 1, far)}{',' if ties else ''} has {dist[far]} {edge if dist[far] == 1 else edges}.")
elif variant in ("diameter", "weighted"):
    a = farthest(sweep(1)[0])
    dist, parent = sweep(a)
    b = farthest(dist)
    if a == b:
        print(f"{node}이(가) 하나뿐이므로 답은 0입니다." if ko else f"There is only one {node}, so the answer is 0.")
    else:
        print(f"가장 긴 경로의 예는 {route(parent, a, b)}이며 {unit_ko}는 {dist[b]}입니다." if ko else
              (f"A longest path is {route(parent, a, b)}, of length {dist[b]}." if weighted else
               f"A longest path is {route(parent, a, b)}, with {dist[b]} {edge if dist[b] == 1 else edges}."))
else:
    parts = []
    for v in range(1, min(n, 3) + 1):
        dist, _ = sweep(v)
        far = farthest(dist)
        ties = dist.count(dist[far]) > 1
        parts.append(f"{node} {v}에서 가장 먼 {node}은(는) {tied(dist)}이며 거리는 {dist[far]}입니다." if ko else
                     f"From {node} {v} the farthest {texts.get('nodes', node + 's') if ties else node} "
                     f"{'are' if ties else 'is'} {tied(dist)}, at distance {dist[far]}.")
    print(" ".join(parts))
