"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the things being scheduled). Each rule is read as a bound x_b <= x_a + w (an edge
a -> b of weight w, as in the reference); the explanation shows the chain of rules behind the answer: the shortest
chain from 1 to N (the bound on x_N - x_1), a cycle whose bounds add up to a negative total (IMPOSSIBLE), or the
start times that a chain from 1 bounds at all (UNBOUNDED)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
item = texts.get("item", "항목" if ko else "item")
items = texts.get("items", "items")
data = case["input"].split()
n, m = int(data[0]), int(data[1])
edges = []
for e in range(m):
    t, u, v, d = (int(x) for x in data[2 + 4 * e:6 + 4 * e])
    edges.append((u, v, d, e + 1) if t == 1 else (v, u, -d, e + 1))
out = case["output"].split()[0]


def bound(a, b, w):
    return f"x_{b} ≤ x_{a} {'+' if w >= 0 else '−'} {abs(w)}"


def signed(w):
    return f"−{-w}" if w < 0 else str(w)


def total(ws):
    text = signed(ws[0]) + "".join(f" + {w}" if w >= 0 else f" − {-w}" for w in ws[1:])
    return f"{text} = {signed(sum(ws))}" if len(ws) > 1 else text


def rules(chain):
    numbers = [str(r) for *_, r in chain]
    return numbers[0] if len(numbers) == 1 else ", ".join(numbers[:-1]) + (" 및 " if ko else " and ") + numbers[-1]


def listed(values, word):
    values = [str(v) for v in values]
    return values[0] if len(values) == 1 else ", ".join(values[:-1]) + f" {word} " + values[-1]


def shortest_from(source):
    """Bellman-Ford from `source`: distances and the edge into each vertex on a shortest chain (no negative cycle)."""
    dist, back = ({source: 0} if source else {v: 0 for v in range(1, n + 1)}), {}
    for _ in range(n):
        for u, v, w, r in edges:
            if u in dist and dist[u] + w < dist.get(v, dist[u] + w + 1):
                dist[v], back[v] = dist[u] + w, (u, v, w, r)
    return dist, back


def negative_cycle():
    """A cycle of negative total weight, as a list of edges (Bellman-Ford from a virtual source)."""
    dist, back, last = {v: 0 for v in range(1, n + 1)}, {}, None
    for _ in range(n):
        last = None
        for u, v, w, r in edges:
            if dist[u] + w < dist[v]:
                dist[v], back[v], last = dist[u] + w, (u, v, w, r), v
    v = last
    for _ in range(n):
        v = back[v][0]
    cycle, x = [], v
    while True:
        cycle.append(back[x])
        x = back[x][0]
        if x == v:
            break
    return cycle[::-1]


if out == "IMPOSSIBLE":
    cycle = negative_cycle()
    loop = " → ".join(str(a) for a, *_ in cycle) + f" → {cycle[0][0]}"
    steps = ", ".join(bound(a, b, w) for a, b, w, _ in cycle)
    start = cycle[0][0]
    weight = total([w for _, _, w, _ in cycle])
    low = signed(sum(w for _, _, w, _ in cycle)).replace("−", "− ")
    if ko:
        print(f"규칙을 x_b ≤ x_a + w 꼴로 읽으면 {loop}을(를) 한 바퀴 도는 규칙 {rules(cycle)}은(는) {steps}이고, "
              f"모두 더하면 x_{start} ≤ x_{start} {low}({weight})입니다. 이런 시각은 없으므로 규칙끼리 모순이고 "
              f"IMPOSSIBLE입니다.")
    else:
        print(f"Reading each rule as a bound x_b ≤ x_a + w, rules {rules(cycle)} go around the loop {loop}: {steps}. "
              f"Added up they say x_{start} ≤ x_{start} {low} ({weight}), which no start time satisfies, so the "
              f"rules contradict each other: IMPOSSIBLE.")
else:
    dist, back = shortest_from(1)
    if out == "UNBOUNDED":
        bounded = sorted(dist)
        if ko:
            print(f"규칙을 x_b ≤ x_a + w 꼴로 읽어 x_1에서 이어 가면 위쪽 한계가 생기는 {item}은(는) "
                  f"{', '.join(map(str, bounded))}번뿐이고 {n}번은 그중에 없습니다. {item} {n}은(는) 원하는 만큼 늦게 시작할 수 "
                  f"있으므로 UNBOUNDED입니다.")
        else:
            print(f"Reading each rule as a bound x_b ≤ x_a + w and chaining from x_1 bounds only the start "
                  f"{'time' if len(bounded) == 1 else 'times'} of {item if len(bounded) == 1 else items} "
                  f"{listed(bounded, 'and')}, not {item} {n}'s: {item} {n} may start as late as wanted, so the "
                  f"answer is UNBOUNDED.")
    else:
        chain, v = [], n
        while v != 1:
            chain.append(back[v])
            v = back[v][0]
        chain.reverse()
        route = " → ".join(["1"] + [str(b) for _, b, _, _ in chain])
        steps = ", ".join(bound(a, b, w) for a, b, w, _ in chain)
        weight = total([w for _, _, w, _ in chain])
        # Start times reaching the bound: the distances from 1, and where 1 reaches nothing, a far-away feasible
        # schedule (the minimum of two feasible schedules is feasible); shown when 1 reaches everything
        schedule = ", ".join(str(dist[v]) for v in range(1, n + 1)) if len(dist) == n and n <= 8 else None
        if ko:
            text = (f"규칙을 x_b ≤ x_a + w 꼴로 읽으면 {route}(으)로 잇는 규칙 {rules(chain)}({steps})에서 "
                    f"x_{n} − x_1 ≤ {weight}이고, 이보다 작은 한계를 주는 규칙의 연결은 없습니다.")
            text += (f" 시작 시각을 {schedule}(으)로 정하면(1번에서 가장 짧은 연결의 합) 모든 규칙을 지키면서 "
                     f"x_{n} − x_1 = {out}이(가) 됩니다." if schedule else
                     f" 모든 규칙을 지키면서 이 값을 만드는 시작 시각이 있으므로 답은 {out}입니다.")
        else:
            text = (f"Reading each rule as a bound x_b ≤ x_a + w, the chain {route} (rule{'s' if len(chain) > 1 else ''} {rules(chain)}) gives "
                    f"{steps}, so x_{n} − x_1 ≤ {weight}, and no chain of rules gives a smaller bound.")
            text += (f" The start times {schedule} (the shortest chains from {item} 1) keep every rule and reach "
                     f"x_{n} − x_1 = {out}." if schedule else
                     f" Start times that keep every rule reach it, so the answer is {out}.")
        print(text)
