"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
variant, ko = case["params"]["variant"], case["language"] == "ko"
texts = case.get("texts") or {}
node = texts.get("node", "정점" if ko else "vertex")
away = texts.get("from", "에서")  # leaving a thing: 에게서 for people, 에서 for places
nodes = texts.get("nodes", node + "s")
tokens = [int(t) for t in case["input"].split()]
answer = case["output"].split()
n = tokens[0]
if variant == "ancestor_queries":
    q, start = tokens[1], 2
elif variant == "max_independent":
    a, start = [0] + tokens[1:n + 1], n + 1
else:
    start = 1
adj = [[] for _ in range(n + 1)]
for i in range(n - 1):
    u, v = tokens[start + 2 * i], tokens[start + 1 + 2 * i]
    adj[u].append(v)
    adj[v].append(u)
parent = [0] * (n + 1)
parent[1] = -1
order = [1]
for x in order:
    for y in adj[x]:
        if parent[y] == 0:
            parent[y] = x
            order.append(y)


def route(v):
    path = [v]
    while path[-1] != 1:
        path.append(parent[path[-1]])
    return "-".join(map(str, reversed(path)))


if variant == "parents":
    shown = [v for v in range(2, n + 1)][:3]
    print(" ".join(f"1번 {node}{away} {v}번 {node}까지의 경로는 {route(v)}이므로 부모는 {parent[v]}입니다." if ko else
                   f"The route from {node} 1 to {node} {v} is {route(v)}, so its parent is {parent[v]}." for v in shown))
elif variant == "subtree_sizes":
    below = [v for v in range(1, n + 1) if v == 1 or parent[v] == 1][:3]
    parts = []
    for v in below:
        inside = sorted(u for u in range(1, n + 1) if route(u).startswith(route(v)) and
                        (route(u) == route(v) or route(u)[len(route(v))] == "-"))
        parts.append(f"{v}번 {node}의 서브트리는 {', '.join(map(str, inside))}번 {node}(으)로 크기가 {len(inside)}입니다." if ko else
                     f"The subtree of {node} {v} holds {node if len(inside) == 1 else nodes} {', '.join(map(str, inside))}: size {len(inside)}.")
    print(" ".join(parts))
elif variant == "ancestor_queries":
    parts = []
    for k in range(min(q, 3)):
        u, v = tokens[start + 2 * (n - 1) + 2 * k], tokens[start + 2 * (n - 1) + 2 * k + 1]
        on = str(u) in route(v).split("-")
        parts.append((f"{k + 1}번 질문: 1번 {node}{away} {v}번 {node}까지의 경로 {route(v)}에 {u}이(가) {'있으므로' if on else '없으므로'} "
                      f"{answer[k]}입니다.") if ko else
                     f"Question {k + 1}: the route from 1 to {v} is {route(v)}, which {'contains' if on else 'does not contain'} "
                     f"{u}, so {answer[k]}.")
    if q > 3:
        parts.append("나머지 질문도 같은 방법으로 구합니다." if ko else "The other questions are answered the same way.")
    print(" ".join(parts))
else:
    take, skip = a[:], [0] * (n + 1)
    for x in reversed(order):
        if parent[x] > 0:
            take[parent[x]] += skip[x]
            skip[parent[x]] += max(take[x], skip[x])
    chosen, free = [], [True] * (n + 1)  # free: the parent was not chosen
    for x in order:
        if free[x] and take[x] >= skip[x]:
            chosen.append(x)
            for y in adj[x]:
                if y != parent[x]:
                    free[y] = False
    total = sum(a[v] for v in chosen)
    edge = texts.get("edge", "간선" if ko else "edge")  # the story's link: no link may join two chosen ones
    print(f"예를 들어 {', '.join(map(str, sorted(chosen)))}번 {node}을(를) 고르면 어떤 {edge}도 고른 두 {node}을(를) 잇지 않고 "
          f"합은 {total}입니다." if ko else
          f"For example, choosing {node if len(chosen) == 1 else nodes} {', '.join(map(str, sorted(chosen)))}: no {edge} "
          f"joins two of them, and the total is {total}.")
