"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON.

It shows one fastest route with its travel and check times, in plain numbers (no 'vertex'/'edge': the statement
speaks of the theme's own words), and the route a search over link times alone would take when that one is slower."""
import heapq
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, m = data[0], data[1]
c = [0] + data[2:2 + n]
adj = [[] for _ in range(n + 1)]
for i in range(m):
    u, v, w = data[2 + n + 3 * i:5 + n + 3 * i]
    adj[u].append((v, w))
    adj[v].append((u, w))
answer = case["output"].strip()


def fastest(with_checks):
    """One fastest route from 1 to n (by total time, or by link time alone), as a list of numbers."""
    dist, prev, heap = [None] * (n + 1), [0] * (n + 1), [(0, 1, 0)]
    while heap:
        d, u, p = heapq.heappop(heap)
        if dist[u] is not None:
            continue
        dist[u], prev[u] = d, p
        for v, w in adj[u]:
            if dist[v] is None:
                heapq.heappush(heap, (d + w + (c[v] if with_checks else 0), v, u))
    if dist[n] is None:
        return None
    route = [n]
    while route[-1] != 1:
        route.append(prev[route[-1]])
    return route[::-1]


def times(route):
    travel = [min(w for v, w in adj[a] if v == b) for a, b in zip(route, route[1:])]
    return travel, [c[v] for v in route[1:]]


if answer == "-1":
    print(f"1번에서 {n}번으로 가는 길이 없으므로 -1입니다." if ko else
          f"Number {n} cannot be reached from number 1, so the answer is -1.")
else:
    best = fastest(True)
    travel, checks = times(best)
    text = " → ".join(map(str, best))
    total = sum(travel) + sum(checks)
    if ko:
        line = (f"{text} 순서로 가면 이동 시간은 {' + '.join(map(str, travel))}, 검문 시간은 {' + '.join(map(str, checks))}"
                f"이고(출발한 1번에서는 검문하지 않습니다), 합계는 {total}입니다. 이보다 빠른 길은 없습니다.")
    else:
        line = (f"Going {text} takes {' + '.join(map(str, travel))} of travel and {' + '.join(map(str, checks))} of "
                f"checks (none at the start), {total} in all, the minimum.")
    plain = fastest(False)
    if plain != best:
        p_travel, p_checks = times(plain)
        p_text = " → ".join(map(str, plain))
        p_total = sum(p_travel) + sum(p_checks)
        if p_total > total:
            line += (f" 이동 시간만 가장 짧은 길 {p_text}에서는 검문까지 더하면 {p_total}입니다." if ko else
                     f" The route with the shortest travel, {p_text}, takes {p_total} once its checks are added.")
    print(line)
