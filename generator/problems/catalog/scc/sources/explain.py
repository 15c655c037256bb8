"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the places, the one-way links and what moves along them)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", "vertices")
edge = texts.get("edge", "간선" if ko else "edge")
edges_word = texts.get("edges", "edges")
thing = texts.get("thing", "탐색" if ko else "walk")


tokens = [int(t) for t in case["input"].split()]
n, m = tokens[0], tokens[1]
edges = [(tokens[2 + 2 * i], tokens[3 + 2 * i]) for i in range(m)]
reach = [{v} for v in range(n + 1)]
adj = [[] for _ in range(n + 1)]
for u, v in edges:
    adj[u].append(v)
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
sources = [g for g in groups if not any(u not in g and v in g for u, v in edges)]
shown = ", ".join("{" + ", ".join(map(str, g)) + "}" for g in groups)
starts = ", ".join("{" + ", ".join(map(str, g)) + "}" for g in sources)
if ko:
    print(f"그룹은 {shown}, 모두 {len(groups)}개입니다. 다른 그룹에서 들어오는 {edge}이(가) 없는 그룹은 "
          f"{starts}이며, 이 그룹마다 한 곳씩, 모두 {node} {len(sources)}개에 처음 {thing}을(를) 놓아야 "
          "합니다.")
else:
    k = len(sources)
    print(f"The groups are {shown}: {len(groups)} in all. No {edge} from another group enters {starts}, so "
          f"{'an' if thing[:1] in 'aeiou' else 'a'} {thing} must start in each of them: {k} starting "
          f"{node if k == 1 else nodes}.")
