"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the things and the links between them).
Explains the first few questions by writing out the route and marking its k-th vertex."""
import json
import sys


case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
node = texts.get("node", "정점" if ko else "vertex")
edge = texts.get("edge", "간선" if ko else "edge")


def ordinal(k):
    return f"{k}{'th' if 10 <= k % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(k % 10, 'th')}"

tokens = [int(t) for t in case["input"].split()]
n = tokens[0]
adj = [[] for _ in range(n + 1)]
for i in range(n - 1):
    u, v = tokens[1 + 2 * i], tokens[2 + 2 * i]
    adj[u].append(v)
    adj[v].append(u)
parent = [0] * (n + 1)
order, seen = [1], {1}
for x in order:
    for y in adj[x]:
        if y not in seen:
            seen.add(y)
            parent[y] = x
            order.append(y)


def chain(v):
    path = [v]
    while path[-1] != 1:
        path.append(parent[path[-1]])
    return path


pos = 1 + 2 * (n - 1)
q = tokens[pos]
answers = case["output"].split()
parts = []
for i in range(min(q, 3)):
    u, v, k = tokens[pos + 1 + 3 * i:pos + 4 + 3 * i]
    cu, cv = chain(u), chain(v)
    meet = next(x for x in cu if x in cv)
    route = cu[:cu.index(meet) + 1] + cv[:cv.index(meet)][::-1]
    parts.append(f"{u}에서 {v}까지의 경로는 {'-'.join(map(str, route))}(공통 조상 {meet})이고, {k}번째 "
                 f"{node}은(는) {answers[i]}번입니다." if ko else
                 f"The route from {u} to {v} is {'-'.join(map(str, route))} (common ancestor {meet}); the "
                 f"{ordinal(k)} {node} on it is {node} {answers[i]}.")
if q > 3:
    parts.append("나머지 질문도 같은 방법으로 구합니다." if ko else "The other questions are answered the same way.")
print(" ".join(parts))
