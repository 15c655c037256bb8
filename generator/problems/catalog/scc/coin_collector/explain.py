"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the places, the one-way links and what moves along them). Shows one best walk (the
samples are small), the places it visits and their points; how the best walk is found is the task and is not said."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", "vertices")
thing = texts.get("thing", "탐색" if ko else "walk")


tokens = [int(t) for t in case["input"].split()]
answer = int(case["output"].split()[0])
n, m = tokens[0], tokens[1]
coins = [0] + tokens[2:2 + n]
adj = [[] for _ in range(n + 1)]
for i in range(m):
    adj[tokens[2 + n + 2 * i]].append(tokens[3 + n + 2 * i])
for row in adj:
    row.sort()
reach = [{v} for v in range(n + 1)]
for s in range(1, n + 1):
    queue = [s]
    for x in queue:
        for y in adj[x]:
            if y not in reach[s]:
                reach[s].add(y)
                queue.append(y)
group_of = {}
groups = []
for v in range(1, n + 1):
    if v not in group_of:
        g = sorted(u for u in reach[v] if v in reach[u])
        for u in g:
            group_of[u] = len(groups)
        groups.append(g)
worth = [sum(coins[v] for v in g) for g in groups]
best, nxt = {}, {}


def value(i):
    """The most a walk can collect from group i on (a group's successors come later on the walk)."""
    if i not in best:
        follow = sorted({group_of[y] for x in groups[i] for y in adj[x] if group_of[y] != i})
        best[i], nxt[i] = worth[i], None
        for j in follow:
            if worth[i] + value(j) > best[i]:
                best[i], nxt[i] = worth[i] + value(j), j
    return best[i]


first = max(range(len(groups)), key=lambda i: (value(i), -i))
chain, i = [], first
while i is not None:
    chain.append(i)
    i = nxt[i]
allowed = {v for i in chain for v in groups[i]}


def path(s, t):
    back, queue = {s: None}, [s]
    for x in queue:
        for y in adj[x]:
            if y in allowed and y not in back:
                back[y] = x
                queue.append(y)
    way = [t]
    while way[-1] != s:
        way.append(back[way[-1]])
    return way[::-1]


walk = [groups[chain[0]][0]]
seen = {walk[0]}
for i in chain:
    for v in groups[i]:
        if v not in seen:
            step = path(walk[-1], v)
            walk += step[1:]
            seen.update(step)
visited = sorted(allowed)
assert sum(coins[v] for v in visited) == answer, (visited, answer)
SHOWN = 12
moves = " → ".join(map(str, walk[:SHOWN])) + (" → …" if len(walk) > SHOWN else "")
sums = " + ".join(str(coins[v]) for v in visited)
if ko:
    start = f"{thing}을(를) {walk[0]}번 {node}에 놓고 " + (f"{moves} 순서로 움직이면" if len(walk) > 1 else "움직이지 않으면")
    print(f"예를 들어 {start} {', '.join(map(str, visited))}번 {node}을(를) 들러 {sums} = {answer}점을 얻습니다. "
          "이보다 많이 얻는 방법은 없습니다." if len(visited) > 1 else
          f"예를 들어 {start} {visited[0]}번 {node}의 {answer}점을 얻습니다. 이보다 많이 얻는 방법은 없습니다.")
else:
    start = f"the {thing} starts at {node} {walk[0]}" + (f" and moves {moves}" if len(walk) > 1 else " and stays")
    print(f"For example, when {start}, it visits {nodes if len(visited) > 1 else node} {', '.join(map(str, visited))} "
          f"and collects {sums + ' = ' if len(visited) > 1 else ''}{answer} points; no walk collects more.")
