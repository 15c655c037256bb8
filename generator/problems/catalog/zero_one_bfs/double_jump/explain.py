"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON.
Rebuilds one fastest route by 0-1 BFS with parent links."""
import json
import sys
from collections import deque

case = json.load(sys.stdin)
ko = case["language"] == "ko"
n, k = map(int, case["input"].split())
LIMIT = 200000
dist, back = {n: 0}, {n: None}
queue = deque([n])
while queue:
    x = queue.popleft()
    for y, c in ((2 * x, 0), (x - 1, 1), (x + 1, 1)):
        if 0 <= y <= LIMIT and dist[x] + c < dist.get(y, float("inf")):
            dist[y], back[y] = dist[x] + c, x
            (queue.appendleft if c == 0 else queue.append)(y)
route, x = [], k
while x is not None:
    route.append(x)
    x = back[x]
route.reverse()
shown = " → ".join(map(str, route))
answer = case["output"].split()[0]
if n == k:
    print("이미 목표 위치에 있으므로 0초입니다." if ko else "The start is already the goal: 0 seconds.")
else:
    print(f"{shown} 순서로 가면 걷는 데만 시간이 들어 {answer}초가 걸리고, 이보다 빠른 방법은 없습니다." if ko else
          f"Going {shown} costs time only for the walking steps: {answer} second{'' if answer == '1' else 's'}, "
          f"and nothing is faster.")
