"""A sample's explanation from its input: reads {"input", "output", "language", "texts"} as JSON.
It lists the fastest routes (place sequences along links that keep the shortest distance), each with its link
times and how many parallel links make it count more than once, up to a few of them."""
import heapq
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}
node = texts.get("node", "정점" if ko else "vertex")
edge = texts.get("edge", "간선" if ko else "edge")
edges = texts.get("edges", "edges")
lines = case["input"].split("\n")
n, m = (int(t) for t in lines[0].split()[:2])
values = case["output"].split()
links = [tuple(map(int, line.split())) for line in lines[1:1 + m]]
if values == ["-1"]:
    adj = {v: set() for v in range(1, n + 1)}
    for u, v, _ in links:
        adj[u].add(v)
        adj[v].add(u)
    seen, todo = {1}, [1]
    for u in todo:
        for v in adj[u] - seen:
            seen.add(v)
            todo.append(v)
    reach = ", ".join(map(str, sorted(seen)))
    print(f"1번 {node}에서 갈 수 있는 {node}은(는) {reach}번뿐이고 {n}번은 그중에 없으므로 -1입니다." if ko else
          f"From {node} 1 only {texts.get('nodes', 'vertices') if len(seen) > 1 else node} "
          f"{' and '.join(reach.rsplit(', ', 1))} can be reached, not {node} {n}, so the answer is -1.")
    raise SystemExit
adj = [[] for _ in range(n + 1)]
for u, v, w in links:
    adj[u].append((v, w))
    adj[v].append((u, w))
dist, todo = {1: 0}, [(0, 1)]
while todo:
    du, u = heapq.heappop(todo)
    if du > dist[u]:
        continue
    for v, w in adj[u]:
        if du + w < dist.get(v, du + w + 1):
            dist[v] = du + w
            heapq.heappush(todo, (du + w, v))
LIMIT = 4
found = []  # (places, times, number of parallel choices per step)


def walk(u, places, times):
    if len(found) > LIMIT:
        return
    if u == n:
        found.append((places, times))
        return
    nexts = {}
    for v, w in adj[u]:
        if dist.get(v) == dist[u] + w:
            nexts.setdefault((v, w), 0)
            nexts[(v, w)] += 1
    for (v, w), count in sorted(nexts.items()):
        walk(v, places + [v], times + [(w, count)])


walk(1, [1], [])
T, ways = values[0], values[1]
shown = found[:LIMIT]
nodes = texts.get("nodes", "vertices")
parts = []
parallel = False
for places, times in shown:
    route = " → ".join(map(str, places))
    total = " + ".join(str(w) for w, _ in times)
    doubled = [(a, b, c) for (a, b), (_, c) in zip(zip(places, places[1:]), times) if c > 1]
    parallel = parallel or bool(doubled)
    copies = 1
    for *_, c in doubled:
        copies *= c
    if ko:
        extra = "".join(f", {a}번과 {b}번 사이의 {edge} {c}개 중 하나" for a, b, c in doubled)
        extra += f", 경로 {copies}개" if doubled else ""
    else:
        extra = "".join(f"; any of the {c} {edges} between {a} and {b}" for a, b, c in doubled)
        extra += f", so {copies} routes" if doubled else ""
    parts.append(f"{route} ({total}{extra})")
more = len(found) > LIMIT
if ko:
    text = (f"가장 빠른 시간은 {T}이고, 그 시간이 걸리는 경로는 " + ", ".join(parts) + (", …" if more else "")
            + f"(으)로 모두 {ways}개입니다." if ways != "1" else
            f"가장 빠른 시간은 {T}이고, 그 시간이 걸리는 경로는 {parts[0]} 하나뿐입니다.")
    if parallel:
        text += f" 같은 두 {node}을(를) 잇는 {edge}이(가) 여러 개이면 각각 다른 경로로 셉니다."
else:
    text = (f"The fastest time is {T}, taken by " + ", ".join(parts) + (", …" if more else "")
            + f": {ways} routes in all." if ways != "1" else
            f"The fastest time is {T}, taken only by {parts[0]}.")
    if parallel:
        text += f" Parallel {edges} between the same two {nodes} make different routes."
print(text)
