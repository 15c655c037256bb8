"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the places, the one-way links and what moves along them). Lists the linked pairs (the
samples are small) with a round trip for the first one; how to count them fast is the task and is not said."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", "vertices")
thing = texts.get("thing", "탐색" if ko else "walk")


tokens = [int(t) for t in case["input"].split()]
answer = case["output"].split()[0]
n, m = tokens[0], tokens[1]
adj = [[] for _ in range(n + 1)]
for i in range(m):
    adj[tokens[2 + 2 * i]].append(tokens[3 + 2 * i])
for row in adj:
    row.sort()


def route(s, t):
    """A shortest way from s to t along the links, as a list, or None."""
    back, queue = {s: None}, [s]
    for x in queue:
        for y in adj[x]:
            if y not in back:
                back[y] = x
                queue.append(y)
    if t not in back:
        return None
    path = [t]
    while path[-1] != s:
        path.append(back[path[-1]])
    return path[::-1]


pairs = [(u, v) for u in range(1, n + 1) for v in range(u + 1, n + 1) if route(u, v) and route(v, u)]
SHOWN = 10
listed = ", ".join(f"{{{u}, {v}}}" for u, v in pairs[:SHOWN]) + (", …" if len(pairs) > SHOWN else "")
if not pairs:
    print(f"어느 두 {node}도 서로 오갈 수 없으므로 답은 0입니다." if ko else
          f"No two {nodes} reach each other, so the answer is 0.")
else:
    u, v = pairs[0]
    trip = " → ".join(map(str, route(u, v) + route(v, u)[1:]))
    if ko:
        print(f"이어져 있는 쌍은 {listed}의 {answer}개입니다. 예를 들어 {u}번과 {v}번 {node}은(는) {trip}(으)로 오갈 수 "
              "있습니다.")
    else:
        print(f"The linked pairs are {listed}: {answer} in all. For example, {nodes} {u} and {v} are linked by the round "
              f"trip {trip}.")
