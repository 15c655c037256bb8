"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import heapq
import json
import sys

case = json.load(sys.stdin)
variant, ko = case["params"]["variant"], case["language"] == "ko"
values = case["output"].split()
lines = case["input"].split("\n")
head = lines[0].split()
def routes(n, lines):
    """single_pair: a fastest route from 1 to n and, among the routes with the fewest links, a fastest one; each a
    list of (place, time of the link into it)."""
    m = int(lines[0].split()[1])
    adj = [dict() for _ in range(n + 1)]
    for line in lines[1:1 + m]:
        u, v, w = map(int, line.split())
        for a, b in ((u, v), (v, u)):
            adj[a][b] = min(w, adj[a].get(b, w))
    dist, back, todo = {1: 0}, {1: (0, 0)}, [(0, 1)]
    while todo:
        du, u = heapq.heappop(todo)
        if du > dist[u]:
            continue
        for v, w in adj[u].items():
            if du + w < dist.get(v, du + w + 1):
                dist[v], back[v] = du + w, (u, w)
                heapq.heappush(todo, (du + w, v))
    layer, best, prev = [1], {1: 0}, {1: (0, 0)}
    while n not in best:  # breadth first, a layer at a time: the fastest of the routes with the fewest links
        step = {}
        for u in layer:
            for v, w in adj[u].items():
                if v not in best and best[u] + w < step.get(v, (best[u] + w + 1,))[0]:
                    step[v] = (best[u] + w, u, w)
        layer = sorted(step)
        for v, (t, u, w) in step.items():
            best[v], prev[v] = t, (u, w)

    def path(links):
        out, v = [], n
        while v:
            out.append((v, links[v][1]))
            v = links[v][0]
        return out[::-1]

    return path(back), path(prev)


# Plain numbers only: the statements speak of the theme's own words (routers and links, towns and roads, ...), so
# 'vertex'/'edge' (정점/간선) would name things the reader was never told about.
if variant in ("single_pair", "free_edge"):
    d, n = int(values[0]), head[0]
    if d < 0:
        print(f"1번에서 {n}번으로 갈 수 없으므로 -1입니다." if ko else
              f"There is no way from 1 to {n}, so the answer is -1.")
    elif variant == "free_edge":
        print(f"시간 0으로 지나갈 연결 하나를 가장 잘 고르면 1번에서 {n}번까지 걸리는 시간은 {d}입니다." if ko else
              f"With the best choice of the one free crossing, the trip from 1 to {n} takes {d}.")
    else:
        fastest, fewest = routes(int(n), lines)
        shown = " → ".join(str(v) for v, _ in fastest)
        sum_text = " + ".join(str(w) for _, w in fastest[1:]) + (f" = {d}" if len(fastest) > 2 else "")
        print(f"가장 빠른 경로 {shown}의 시간은 {sum_text}입니다." if ko else
              f"The fastest route is {shown}: {sum_text}.", end="")
        if len(fewest) < len(fastest):  # the note's warning, shown: fewer stops, more time
            total = sum(w for _, w in fewest[1:])
            few = " → ".join(str(v) for v, _ in fewest)
            few_sum = " + ".join(str(w) for _, w in fewest[1:]) + (f" = {total}" if len(fewest) > 2 else "")
            print(f" 더 적게 거쳐 가는 경로 {few}의 시간은 {few_sum}입니다." if ko else
                  f" The route {few} makes fewer stops but takes {few_sum}.")
        else:
            print()
elif variant == "all_distances":
    s = head[2]
    unreachable = values.count("-1")
    if ko:
        first = (f"{s}번에서 1번으로는 갈 수 없으므로 첫 줄은 -1입니다." if values[0] == "-1"
                 else f"{s}번에서 1번까지는 {values[0]}만큼 걸립니다.")
        rest = "모든 곳에 갈 수 있습니다." if unreachable == 0 else f"갈 수 없는 {unreachable}곳에는 -1을 출력합니다."
    else:
        first = (f"Number 1 cannot be reached from {s} (-1)." if values[0] == "-1"
                 else f"From {s}, number 1 is reached in {values[0]}.")
        rest = ("Every number can be reached." if unreachable == 0 else
                "One number cannot be reached (printed as -1)." if unreachable == 1 else
                f"{unreachable} numbers cannot be reached (printed as -1).")
    print(first, rest)
else:
    m = int(head[1])
    targets = lines[2 + m].split()
    pairs = list(zip(targets, values))[:3]
    if ko:
        print(" ".join(f"{x}번에서 K곳 중 가장 가까운 곳까지는 {d}만큼 걸립니다." if d != "-1"
                       else f"{x}번에서는 K곳 중 어디에도 갈 수 없습니다(-1)." for x, d in pairs))
    else:
        print(" ".join(f"From {x}, the nearest of the K marked places is {d} away." if d != "-1"
                       else f"From {x}, none of the K marked places can be reached (-1)." for x, d in pairs))
