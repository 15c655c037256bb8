"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the things and the links between them).
Explains the first few questions with the two routes up to the root, and says when there are more."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
node = texts.get("node", "정점" if ko else "vertex")
edge = texts.get("edge", "간선" if ko else "edge")


weighted = "maxw" in case["params"]
tokens = [int(t) for t in case["input"].split()]
n = tokens[0]
step = 3 if weighted else 2
adj = [[] for _ in range(n + 1)]
for i in range(n - 1):
    u, v = tokens[1 + step * i], tokens[2 + step * i]
    w = tokens[3 + step * i] if weighted else 0
    adj[u].append((v, w))
    adj[v].append((u, w))
parent, up_weight = [0] * (n + 1), [0] * (n + 1)
order, seen = [1], {1}
for x in order:
    for y, w in adj[x]:
        if y not in seen:
            seen.add(y)
            parent[y], up_weight[y] = x, w
            order.append(y)


def chain(v):
    path = [v]
    while path[-1] != 1:
        path.append(parent[path[-1]])
    return path


pos = 1 + step * (n - 1)
q = tokens[pos]
answers = case["output"].split()
parts = []
for i in range(min(q, 3)):
    u, v = tokens[pos + 1 + 2 * i], tokens[pos + 2 + 2 * i]
    cu, cv = chain(u), chain(v)
    meet = next(x for x in cu if x in cv)
    route_u, route_v = cu[:cu.index(meet) + 1], cv[:cv.index(meet) + 1]
    if not weighted:
        parts.append(f"{u}에서 루트로: {'-'.join(map(str, cu))}, {v}에서 루트로: {'-'.join(map(str, cv))}; "
                     f"처음 만나는 {node}은(는) {meet}번입니다." if ko else
                     f"From {u} up: {'-'.join(map(str, cu))}; from {v} up: {'-'.join(map(str, cv))}; "
                     f"they first meet at {node} {meet}.")
    else:
        path = route_u + route_v[-2::-1]
        weights = [up_weight[x] for x in route_u[:-1]] + [up_weight[x] for x in route_v[:-1]]
        best = max(weights) if weights else 0
        parts.append(f"{u}번과 {v}번 사이의 경로는 {'-'.join(map(str, path))}(공통 조상 {meet})이고 그 위에서 가장 큰 "
                     f"{edge}의 값은 {best}입니다." if ko else
                     f"The route between {u} and {v} is {'-'.join(map(str, path))} (common ancestor {meet}); the "
                     f"largest value of {'an' if edge[:1] in 'aeiou' else 'a'} {edge} on it is {best}.")
if q > 3:
    parts.append("나머지 질문도 같은 방법으로 구합니다." if ko else "The other questions are answered the same way.")
print(" ".join(parts))
