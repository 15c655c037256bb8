"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON.
Writes out the route from s to t found by a search from s."""
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
s, t = tokens[2 * n - 1], tokens[2 * n]
came = {s: 0}
queue = [s]
for x in queue:
    for y in adj[x]:
        if y not in came:
            came[y] = x
            queue.append(y)
route = [t]
while route[-1] != s:
    route.append(came[route[-1]])
route.reverse()
answer = case["output"].strip()
texts = case.get("texts") or {}
edge = texts.get("edge", "간선" if ko else "edge")
edges = texts.get("edges", edge + "s")
if s == t:
    print(f"{s}에서 {t}까지는 움직이지 않으므로 {edge} 0개를 지납니다." if ko else
          f"The route from {s} to itself uses no {edges}: 0.")
else:
    print(f"{s}에서 {t}까지의 경로는 {'-'.join(map(str, route))}이므로 {edge} {answer}개를 지납니다." if ko else
          f"The route from {s} to {t} is {'-'.join(map(str, route))}, which uses {answer} {edge if answer == '1' else edges}.")
