"""A sample's explanation: a route that carries the answer, and why one more tonne gets stuck (samples are tiny)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, m = data[0], data[1]
bridges = [(data[2 + 3 * i], data[3 + 3 * i], data[4 + 3 * i]) for i in range(m)]
s, t = data[2 + 3 * m], data[3 + 3 * m]
w = int(case["output"].split()[0])


def route(weight):
    """A shortest route (by bridges) from s to t over bridges holding the weight, as a list of places, or None."""
    parent = {s: None}
    queue = [s]
    for u in queue:
        for a, b, c in bridges:
            for x, y in ((a, b), (b, a)):
                if x == u and c >= weight and y not in parent:
                    parent[y] = u
                    queue.append(y)
    if t not in parent:
        return None
    path, v = [], t
    while v is not None:
        path.append(v)
        v = parent[v]
    return path[::-1]


if w == -1:
    print(f"{s}에서 {t}까지 가는 다리 길이 없으므로 -1입니다." if ko else f"No bridges lead from {s} to {t} at all, so -1.")
else:
    path = " → ".join(map(str, route(w)))
    if ko:
        print(f"무게 {w}: {path} 경로의 다리는 모두 {w} 이상을 견딥니다. 무게 {w + 1}이면 {t}에 갈 수 없습니다.")
    else:
        print(f"Weight {w}: every bridge on the route {path} holds at least {w}. With weight {w + 1}, {t} cannot be "
              f"reached.")
