"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON.
all_distances shows a fastest route to a few places and why an unreachable one is (the places S reaches, and no
one-way link leaves them); free_edge shows the best route and the link passed for free; nearest_source names the
marked places and, for the first three different questions, a fastest route to a nearest one (for -1: what the place
reaches, none marked)."""
import heapq
import json
import sys

case = json.load(sys.stdin)
variant, ko = case["params"]["variant"], case["language"] == "ko"
texts = case.get("texts") or {}
node = texts.get("node", "곳" if ko else "place")
nodes = texts.get("nodes", "places")
edge = texts.get("edge", "연결" if ko else "link")
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


def free_route(n, lines, d):
    """free_edge: the best route from 1 to n as Dijkstra over (place, pass used) finds it, the link passed free,
    and the fastest time without the pass."""
    m = int(lines[0].split()[1])
    adj = [[] for _ in range(n + 1)]
    for line in lines[1:1 + m]:
        u, v, w = map(int, line.split())
        adj[u].append((v, w))
        adj[v].append((u, w))
    start = (1, 0)
    dist, back, todo = {start: 0}, {}, [(0, start)]
    while todo:
        du, state = heapq.heappop(todo)
        if du > dist[state]:
            continue
        u, used = state
        for v, w in adj[u]:
            for nxt, cost in [((v, used), w)] + ([((v, 1), 0)] if not used else []):
                if du + cost < dist.get(nxt, du + cost + 1):
                    dist[nxt], back[nxt] = du + cost, (state, w, cost)
                    heapq.heappush(todo, (du + cost, nxt))
    end = min((s for s in ((n, 0), (n, 1)) if s in dist), key=lambda s: (dist[s], s[1]))
    plain = dist.get((n, 0))
    steps, state = [], end
    while state != start:
        prev, w, cost = back[state]
        steps.append((prev[0], state[0], w, cost))
        state = prev
    steps.reverse()
    route = " → ".join(str(x) for x in [1] + [v for _, v, _, _ in steps])
    total = " + ".join(str(c) for *_, c in steps) + (f" = {d}" if len(steps) > 1 else "")
    free = next(((u, v, w) for u, v, w, c in steps if c == 0 and w > 0), None) or \
        next(((u, v, w) for u, v, w, c in steps if c == 0), None)
    if ko:
        text = f"가장 좋은 방법은 {route} 순서로 가면서 "
        text += (f"{free[0]}번과 {free[1]}번을 잇는 {edge}(원래 {free[2]})을(를) 시간 0으로 지나는 것으로, "
                 f"{total}입니다." if free else f"걸리는 시간은 {total}입니다.")
        if plain is not None and plain != d:
            text += f" {edge}을(를) 시간 0으로 지나지 않으면 가장 빠른 길로 가도 {plain}이(가) 걸립니다."
    else:
        text = f"The best trip is {route}"
        text += (f" with the {edge} between {free[0]} and {free[1]} (normally {free[2]}) passed for free: {total}."
                 if free else f": {total}.")
        if plain is not None and plain != d:
            text += f" Without the free pass the fastest trip takes {plain}."
    return text


def all_distances(lines, values):
    """all_distances: a fastest route to the first few places, and why the places printed -1 cannot be reached."""
    n, m, s = map(int, lines[0].split()[:3])
    out = [[] for _ in range(n + 1)]
    links = [tuple(map(int, line.split())) for line in lines[1:1 + m]]
    for u, v, w in links:
        out[u].append((v, w))
    dist, back, todo = {s: 0}, {}, [(0, s)]
    while todo:
        du, u = heapq.heappop(todo)
        if du > dist[u]:
            continue
        for v, w in out[u]:
            if du + w < dist.get(v, du + w + 1):
                dist[v], back[v] = du + w, (u, w)
                heapq.heappush(todo, (du + w, v))

    def path(v):
        seq, ws = [v], []
        while v != s:
            v, w = back[v]
            seq.append(v)
            ws.append(w)
        return " → ".join(map(str, seq[::-1])), ws[::-1]

    shown = []
    for v in sorted(dist):
        if v == s:
            continue
        seq, ws = path(v)
        shown.append((v, seq, " + ".join(map(str, ws)) + (f" = {dist[v]}" if len(ws) > 1 else "")))
    more = len(shown) > 3
    shown = shown[:3]
    missing = [v for v in range(1, n + 1) if v not in dist]
    reached = sorted(dist)
    backwards = next(((u, v) for u, v, _ in links if u in missing and v in dist), None)

    def numbers(vs, word):
        return ", ".join(map(str, vs[:-1])) + f" {word} {vs[-1]}" if len(vs) > 1 else str(vs[0])

    if ko:
        text = (f"{s}번 {node}에서 " + ", ".join(f"{v}번까지는 {seq} ({t})" for v, seq, t in shown)
                + (", …" if more else "") + "입니다." if shown else "")
        if missing:
            text += (f" {', '.join(map(str, missing))}번 {node}이(가) -1인 까닭은 {s}번에서 갈 수 있는 {node}이(가) "
                     f"{', '.join(map(str, reached))}번뿐이고, 여기에서 다른 {node}(으)로 나가는 {edge}이(가) "
                     f"없기 때문입니다.")
            if backwards:
                text += (f" {backwards[0]}번에서 {backwards[1]}번으로 가는 {edge}은(는) 한쪽 방향으로만 지나갈 수 "
                         f"있습니다.")
        else:
            text += f" 모든 {node}에 갈 수 있습니다."
    else:
        name = node[:1].upper() + node[1:]
        text = (f"From {node} {s}: " + ", ".join(f"to {v} by {seq} ({t})" for v, seq, t in shown)
                + (", …" if more else "") + "." if shown else "")
        if missing:
            many = len(missing) > 1
            text += (f" {name if not many else nodes[:1].upper() + nodes[1:]} {numbers(missing, 'and')} "
                     f"{'get' if many else 'gets'} -1: the {nodes if len(reached) > 1 else node} reachable from {s} "
                     f"{'are' if len(reached) > 1 else 'is'} {numbers(reached, 'and')}, and no {edge} leads from "
                     f"{'them' if len(reached) > 1 else 'it'} to any other {node}.")
            if backwards:
                text += f" The {edge} from {backwards[0]} to {backwards[1]} goes one way only."
        else:
            text += f" Every {node} can be reached."
    return text.strip()


def article(words):
    return ("an " if words[:1].lower() in "aeiou" else "a ") + words


def nearest_source(lines, values):
    """nearest_source: the marked places, then the first three different questions, each with a fastest route to a
    nearest marked place (or, for -1, the places it reaches, none marked); the rest only by their count."""
    n, m = map(int, lines[0].split()[:2])
    adj = [dict() for _ in range(n + 1)]
    for line in lines[1:1 + m]:
        u, v, w = map(int, line.split())
        for a, b in ((u, v), (v, u)):
            adj[a][b] = min(w, adj[a].get(b, w))
    marked = sorted(map(int, lines[1 + m].split()))
    asked = list(map(int, lines[2 + m].split()))
    site = texts.get("site", "표시된 곳" if ko else "marked place")
    unit = texts.get("unit", "")
    cap = node[:1].upper() + node[1:]
    notes, said = [], set()
    for x, answer in zip(asked, values):
        if x in said:
            continue
        if len(said) == 3:
            break
        said.add(x)
        dist, back, todo = {x: 0}, {x: None}, [(0, x)]
        while todo:
            du, u = heapq.heappop(todo)
            if du > dist[u]:
                continue
            for v, w in sorted(adj[u].items()):
                if du + w < dist.get(v, du + w + 1):
                    dist[v], back[v] = du + w, (u, w)
                    heapq.heappush(todo, (du + w, v))
        near = [t for t in marked if t in dist]
        if x in marked:
            notes.append(f"{x}번 {node}에는 {site}이(가) 있으므로 0입니다." if ko else
                         f"{cap} {x} has {article(site)} itself: 0.")
            continue
        if not near:
            reach = sorted(dist)
            shown = ", ".join(map(str, reach[:8])) + (", …" if len(reach) > 8 else "")
            if ko:
                notes.append(f"{x}번 {node}에서 갈 수 있는 {node}은(는) {shown}번뿐이고 그중에 {site}이(가) 없으므로 "
                             f"-1입니다." if len(reach) > 1 else
                             f"{x}번 {node}에는 이어진 {texts.get('edge', '길')}이(가) 없고 {site}도 없으므로 -1입니다.")
            else:
                notes.append(f"From {node} {x} the {texts.get('edges', 'links')} reach only {nodes} {shown}, none "
                             f"with {site}: -1." if len(reach) > 1 else
                             f"No {texts.get('edge', 'link')} touches {node} {x}, which has no {site}: -1.")
            continue
        best = min(dist[t] for t in near)
        target = min(t for t in near if dist[t] == best)
        tie = sum(1 for t in near if dist[t] == best) > 1
        route, weights, v = [target], [], target
        while back[v] is not None:
            v, w = back[v]
            route.append(v)
            weights.append(w)
        route, weights = " → ".join(map(str, route[::-1])), weights[::-1]
        total = " + ".join(map(str, weights)) + (f" = {best}" if len(weights) > 1 else "")
        if ko:
            notes.append(f"{x}번 {node}에서 가장 가까운 {site}{' 하나' if tie else ''}은(는) {target}번 {node}에 있으며, "
                         f"{route} 순서로 {total}{unit} 걸립니다.")
        else:
            units = unit[:-1] if best == 1 and unit.endswith("s") else unit
            notes.append(f"From {node} {x}, {'one of the nearest' if tie else 'the nearest'} "
                         f"{texts.get('sites', site + 's') if tie else site} is in {node} {target}: {route} takes "
                         f"{total} {units}.".replace("  ", " ").replace(" .", "."))
    rest = sum(1 for x in asked[:len(values)] if x not in said)
    where = ", ".join(map(str, marked[:8])) + (", …" if len(marked) > 8 else "")
    if ko:
        head_text = f"{site}은(는) {where}번 {node}에 있습니다. "
        tail = f" 나머지 질문 {rest}개도 같은 방법으로 답합니다." if rest else ""
    else:
        where = ", ".join(map(str, marked[:-1])) + f" and {marked[-1]}" if 1 < len(marked) <= 8 else where
        head_text = (f"The {texts.get('sites', site + 's')} are in {nodes} {where}. " if len(marked) > 1 else
                     f"The only {site} is in {node} {where}. ")
        tail = (f" The other {'question is' if rest == 1 else f'{rest} questions are'} answered the same way."
                if rest else "")
    return head_text + " ".join(notes) + tail


# Plain numbers only: the statements speak of the theme's own words (routers and links, towns and roads, ...), so
# 'vertex'/'edge' (정점/간선) would name things the reader was never told about.
if variant in ("single_pair", "free_edge"):
    d, n = int(values[0]), head[0]
    if d < 0:
        print(f"1번에서 {n}번으로 갈 수 없으므로 -1입니다." if ko else
              f"There is no way from 1 to {n}, so the answer is -1.")
    elif variant == "free_edge":
        print(free_route(int(n), lines, d))
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
            print(f" 거치는 곳이 더 적은 경로 {few}의 시간은 {few_sum}입니다." if ko else
                  f" The route {few} makes fewer stops but takes {few_sum}.")
        else:
            print()
elif variant == "all_distances":
    print(all_distances(lines, values))
else:
    print(nearest_source(lines, values))
