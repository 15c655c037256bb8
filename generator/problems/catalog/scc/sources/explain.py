"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the places, the one-way links and what moves along them). Lists the groups (the first
number asked) and a smallest set of starting places that reaches every place; how that set is found is the task and is
not said."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", "vertices")
thing = texts.get("thing", "탐색" if ko else "walk")


tokens = [int(t) for t in case["input"].split()]
n, m = tokens[0], tokens[1]
edges = [(tokens[2 + 2 * i], tokens[3 + 2 * i]) for i in range(m)]
adj = [[] for _ in range(n + 1)]
for u, v in edges:
    adj[u].append(v)
reach = [{v} for v in range(n + 1)]
for s in range(1, n + 1):
    queue = [s]
    for x in queue:
        for y in adj[x]:
            if y not in reach[s]:
                reach[s].add(y)
                queue.append(y)
groups = []
for v in range(1, n + 1):
    group = sorted(u for u in reach[v] if v in reach[u])
    if group not in groups:
        groups.append(group)
# one place from every group that nothing outside it reaches: a smallest set of starts
starts = [g[0] for g in groups if not any(u not in g and v in g for u, v in edges)]
SHOWN = 8
shown = ", ".join("{" + ", ".join(map(str, g)) + "}" for g in groups[:SHOWN]) + (", …" if len(groups) > SHOWN else "")
listed = ", ".join(map(str, starts[:SHOWN])) + (", …" if len(starts) > SHOWN else "")
k = len(starts)
if ko:
    print(f"그룹은 {shown}, 모두 {len(groups)}개입니다. 처음에 {listed}번 {node}에 {thing}을(를) 놓으면 모든 {node}에 "
          "닿습니다." + (f" 시작 {node}이(가) {k}개보다 적으면 모든 {node}에 닿게 할 수 없습니다." if k > 1 else ""))
else:
    print(f"The groups are {shown}: {len(groups)} in all. Starting at {node if k == 1 else nodes} {listed} reaches every "
          f"{node}" + (f"; fewer than {k} starting {nodes} cannot." if k > 1 else "."))
