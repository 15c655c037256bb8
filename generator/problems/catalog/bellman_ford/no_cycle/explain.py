"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the places and what a trip adds up).
Shows one cheapest trip (a simple path: with no negative cycle one exists) and the value Dijkstra would settle."""
import heapq
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
node = texts.get("node", "정점" if ko else "vertex")
value = texts.get("value", "합" if ko else "total")


tokens = [int(t) for t in case["input"].split()]
n, m = tokens[0], tokens[1]
adj = [[] for _ in range(n + 1)]
for i in range(m):
    adj[tokens[2 + 3 * i]].append((tokens[3 + 3 * i], tokens[4 + 3 * i]))
answer = case["output"].strip()
best = [None, None]


def walk(x, total, path):
    if x == n and (best[0] is None or total < best[0]):
        best[0], best[1] = total, path[:]
    for y, w in adj[x]:
        if y not in path:
            path.append(y)
            walk(y, total + w, path)
            path.pop()


walk(1, 0, [1])
if best[0] is None:
    print(f"{n}번 {node}은(는) 1번 {node}에서 갈 수 없으므로 IMPOSSIBLE입니다." if ko else
          f"{node.capitalize()} {n} cannot be reached from {node} 1, so the answer is IMPOSSIBLE.")
    sys.exit()
settled = [None] * (n + 1)
heap = [(0, 1)]
while heap:
    d, x = heapq.heappop(heap)
    if settled[x] is not None:
        continue
    settled[x] = d
    for y, w in adj[x]:
        if settled[y] is None:
            heapq.heappush(heap, (d + w, y))
route = " → ".join(map(str, best[1]))
said = (f"{route} 순서로 가면 {value}이(가) {best[0]}입니다. 이보다 {value}이(가) 작은 여정은 없습니다."
        if ko else f"The trip {route} has {value} {best[0]}, and no trip does better.")
if settled[n] is not None and settled[n] != best[0]:
    said += (f" 다익스트라처럼 {node}을(를) 한 번 확정하고 다시 보지 않으면 틀린 값({settled[n]})을 얻습니다." if ko else
             f" Settling each {node} once, as Dijkstra does, would give {settled[n]} instead.")
print(said)
