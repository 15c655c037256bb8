"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the things and the links between them).
Explains the first few questions with the route walked, vertex by vertex, and its edge lengths."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
node = texts.get("node", "정점" if ko else "vertex")
edge = texts.get("edge", "간선" if ko else "edge")
tokens = [int(t) for t in case["input"].split()]
n = tokens[0]
adj = [[] for _ in range(n + 1)]
for i in range(n - 1):
    u, v, w = tokens[1 + 3 * i], tokens[2 + 3 * i], tokens[3 + 3 * i]
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


pos = 1 + 3 * (n - 1)
q = tokens[pos]
answers = case["output"].split()
parts = []
for i in range(min(q, 3)):
    u, v = tokens[pos + 1 + 2 * i], tokens[pos + 2 + 2 * i]
    cu, cv = chain(u), chain(v)
    meet = next(x for x in cu if x in cv)
    route_u, route_v = cu[:cu.index(meet) + 1], cv[:cv.index(meet) + 1]
    path = route_u + route_v[-2::-1]
    lengths = [up_weight[x] for x in route_u[:-1]] + [up_weight[x] for x in route_v[-2::-1]]
    total = " + ".join(map(str, lengths)) + (f" = {sum(lengths)}" if len(lengths) > 1 else "")
    if u == v:
        parts.append(f"{u}에서 {u}까지는 지나는 {edge}이(가) 없으므로 {answers[i]}입니다." if ko else
                     f"From {u} to itself there is no {edge} to pass, so the answer is {answers[i]}.")
    else:
        parts.append(f"{u}과(와) {v} 사이의 경로는 {'-'.join(map(str, path))}이고 길이 합은 {total}입니다."
                     if ko else
                     f"The route between {u} and {v} is {'-'.join(map(str, path))}; its length is {total}.")
if q > 3:
    parts.append("나머지 질문의 답도 같은 식으로 경로를 따라가며 확인할 수 있습니다." if ko else
                 "The other answers can be checked the same way, along their routes.")
print(" ".join(parts))
