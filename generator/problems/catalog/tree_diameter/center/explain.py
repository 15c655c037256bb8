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
# Only the statement's own terms (distance, eccentricity, center): 'vertex'/'edge' (정점/간선) would name things the
# themed statement never mentions.
mid = centers.split()
route = "-".join(map(str, path))
if d == 0:
    print("1번 하나뿐이므로 그것이 중심이고 반지름은 0입니다." if ko else
          "There is only number 1, so it is the center and the radius is 0.")
elif ko:
    middle = f"{mid[0]}번" if len(mid) == 1 else f"{mid[0]}번과 {mid[1]}번"
    both = "이" if len(mid) == 1 else "이 모두"
    print(f"가장 긴 경로 중 하나는 {route}이고, 양 끝 사이의 거리는 {d}입니다. 그 한가운데에 있는 {middle}의 이심률{both} "
          f"가장 작은 값인 {radius}입니다.")
else:
    middle = (f"Its middle is {mid[0]}, which has" if len(mid) == 1 else
              f"Its middle lies between {mid[0]} and {mid[1]}, which both have")
    print(f"A longest route is {route}; its ends are at distance {d}. {middle} the smallest eccentricity, {radius}.")
