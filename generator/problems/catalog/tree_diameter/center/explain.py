"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON.
Shows a diameter found by two sweeps and the middle of it."""
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


def sweep(start):
    parent = {start: 0}
    queue = [start]
    for x in queue:
        for y in adj[x]:
            if y not in parent:
                parent[y] = x
                queue.append(y)
    return queue[-1], parent


a, _ = sweep(1)
b, parent = sweep(a)
path = [b]
while path[-1] != a:
    path.append(parent[path[-1]])
radius, centers = case["output"].strip().split("\n")
d = len(path) - 1
if d == 0:
    print("정점이 하나뿐이므로 그 정점이 중심이고 반지름은 0입니다." if ko else
          "There is only one vertex, so it is the center and the radius is 0.")
else:
    print(f"가장 긴 경로 중 하나는 {'-'.join(map(str, path))}(간선 {d}개)입니다. 그 가운데 있는 정점 {centers}에서는 "
          f"가장 먼 정점까지 {radius}번 만에 갈 수 있습니다." if ko else
          f"A longest route is {'-'.join(map(str, path))} ({d} edges). From its middle ({centers}) every vertex is at "
          f"most {radius} edges away.")
