"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's word for a link). Gives both diameters, both radii and the formula's three candidates."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
edge = (case.get("texts") or {}).get("edge", "간선" if ko else "edge")  # the theme's word, as in the statement
tokens = [int(t) for t in case["input"].split()]


def diameter(pos):
    n = tokens[pos]
    adj = [[] for _ in range(n + 1)]
    for i in range(n - 1):
        u, v = tokens[pos + 1 + 2 * i], tokens[pos + 2 + 2 * i]
        adj[u].append(v)
        adj[v].append(u)

    def sweep(start):
        dist = {start: 0}
        queue = [start]
        for x in queue:
            for y in adj[x]:
                if y not in dist:
                    dist[y] = dist[x] + 1
                    queue.append(y)
        return queue[-1], dist[queue[-1]]

    far, _ = sweep(1)
    return sweep(far)[1], pos + 1 + 2 * (n - 1)


d1, pos = diameter(0)
d2, _ = diameter(pos)
r1, r2 = (d1 + 1) // 2, (d2 + 1) // 2
answer = case["output"].strip()
print(f"첫 트리는 지름이 {d1}이고 중심에서 가장 먼 곳까지의 거리가 {r1}이며, 둘째 트리는 지름이 {d2}이고 중심에서 "
      f"가장 먼 곳까지의 거리가 {r2}입니다. 두 중심을 이으면 새 {edge}을(를) 지나는 가장 긴 경로는 {r1} + 1 + {r2} = {r1 + r2 + 1}이므로 답은 max({d1}, {d2}, {r1 + r2 + 1}) = "
      f"{answer}입니다." if ko else
      f"The first tree has diameter {d1} and radius {r1}, the second diameter {d2} and radius {r2}. Joining the two "
      f"centers, the longest route through the new {edge} is {r1} + 1 + {r2} = {r1 + r2 + 1}, so the answer is "
      f"max({d1}, {d2}, {r1 + r2 + 1}) = {answer}.")
