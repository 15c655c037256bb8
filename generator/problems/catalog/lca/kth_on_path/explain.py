"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON.
Explains the first few questions by writing out the route and marking its k-th vertex."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
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
    parts.append(f"{u}에서 {v}까지의 경로는 {'-'.join(map(str, route))}(공통 조상 {meet})이고, {k}번째 정점은 "
                 f"{answers[i]}입니다." if ko else
                 f"The route from {u} to {v} is {'-'.join(map(str, route))} (common ancestor {meet}); vertex number "
                 f"{k} on it is {answers[i]}.")
print(" ".join(parts))
