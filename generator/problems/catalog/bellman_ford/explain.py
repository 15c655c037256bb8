"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the places and what a trip adds up). from_one shows the best trips to the first places
(and why the INF ones are unreachable) or the reachable loop with a negative total; unbounded_score the best trip to
N or the gaining loop that 1 reaches and that leads on to N."""
import json
import sys

case = json.load(sys.stdin)
variant, ko = case["params"]["variant"], case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", "vertices")
value = texts.get("value", "값" if ko else "value")
gain = texts.get("gain", "값" if ko else "value")


out = case["output"].split()
lines = case["input"].split("\n")
n, m = map(int, lines[0].split()[:2])
links = [tuple(map(int, line.split()[:3])) for line in lines[1:1 + m]]
cap = node[:1].upper() + node[1:]


def plus(ws):
    """[6, -8] -> '6 + (-8) = -2' (a single value alone)."""
    if len(ws) == 1:
        return str(ws[0])
    return " + ".join(str(w) if w >= 0 else f"({w})" for w in ws) + f" = {sum(ws)}"


def listed(vs, word):
    vs = [str(v) for v in vs]
    if len(vs) > 8:
        return ", ".join(vs[:8]) + ", …"
    return ", ".join(vs) if len(vs) == 1 or not word else ", ".join(vs[:-1]) + f" {word} " + vs[-1]


def reach(start, forward=True):
    adj = {}
    for u, v, _ in links:
        a, b = (u, v) if forward else (v, u)
        adj.setdefault(a, []).append(b)
    seen, todo = {start}, [start]
    while todo:
        for y in adj.get(todo.pop(), []):
            if y not in seen:
                seen.add(y)
                todo.append(y)
    return seen


def relax(usable, sign):
    """Bellman-Ford from 1 over the links between `usable` places, minimising sign * total: the best totals, the
    link into each place that set its best, and a place still improving in round n (or None)."""
    best, back, late = {1: 0}, {}, None
    for rnd in range(n):
        changed = None
        for u, v, w in links:
            if u in best and u in usable and v in usable and sign * (best[u] + w) < sign * best.get(v, sign * 10**18):
                best[v], back[v] = best[u] + w, (u, w)
                changed = v
        if changed is None:
            break
        if rnd == n - 1:
            late = changed
    return best, back, late


def stray_loop(sign):
    """A loop with a total that helps (negative for sign 1, positive for sign -1) anywhere in the map, found by
    Bellman-Ford from every place at once: the places in order and the link values, or None."""
    best, back, late = {v: 0 for v in range(1, n + 1)}, {}, None
    for rnd in range(n + 1):
        changed = None
        for u, v, w in links:
            if sign * (best[u] + w) < sign * best[v]:
                best[v], back[v] = best[u] + w, (u, w)
                changed = v
        if changed is None:
            return None
        late = changed
    return loop(back, late)


def path(back, v):
    seq, ws = [v], []
    while v != 1:
        v, w = back[v]
        seq.append(v)
        ws.append(w)
    return seq[::-1], ws[::-1]


def loop(back, late):
    """The cycle of the `back` links that the place still improving in round n leads into."""
    v = late
    for _ in range(n):
        v = back[v][0]
    seq, ws, x = [v], [], v
    while True:
        x, w = back[x]
        seq.append(x)
        ws.append(w)
        if x == v:
            break
    return seq[::-1], ws[::-1]


def arrows(seq):
    return " → ".join(map(str, seq))


def way(src, dst):
    """A route src -> dst (fewest links) as a list of places."""
    prev, todo = {src: None}, [src]
    for u in todo:
        for a, b, _ in sorted(links):
            if a == u and b not in prev:
                prev[b] = u
                todo.append(b)
    seq = [dst]
    while prev[seq[-1]] is not None:
        seq.append(prev[seq[-1]])
    return seq[::-1]


if variant == "from_one":
    from_one = reach(1)
    best, back, late = relax(from_one, 1)
    if out == ["CYCLE"]:
        seq, ws = loop(back, late)
        there = way(1, seq[0])
        reach_ko = f"1번 {node}에서 {arrows(there)}(으)로 닿을 수 있고, " if len(there) > 1 else ""
        reach_en = f", and {node} 1 reaches it ({arrows(there)})" if len(there) > 1 else f" (it passes {node} 1)"
        print(f"{arrows(seq)} 순서로 도는 고리는 한 바퀴에 {value}이(가) {plus(ws)}만큼 바뀌는데, {reach_ko}돌 때마다 "
              f"{value}이(가) 줄어들어 한없이 작아지므로 CYCLE입니다." if ko else
              f"The loop {arrows(seq)} changes the {value} by {plus(ws)} each time round{reach_en}: going round "
              f"again and again makes the {value} as small as one likes, so the answer is CYCLE.")
    else:
        SHOWN = 3
        shown = []
        for v in range(2, n + 1):
            if v in best and len(shown) < SHOWN:
                seq, ws = path(back, v)
                shown.append((v, arrows(seq), plus(ws)))
        more = sum(1 for v in range(2, n + 1) if v in best) > SHOWN
        missing = [v for v in range(1, n + 1) if v not in best]
        reached = sorted(best)
        if ko:
            text = (f"1번 {node}에서 " + ", ".join(f"{v}번까지는 {seq} ({t})" for v, seq, t in shown)
                    + (", …" if more else "") + "입니다." if shown else f"1번 {node}에서 나가는 {texts.get('edge', '길')}이(가) 없습니다.")
            if missing and shown:
                text += (f" {listed(missing, '')}번은 1번에서 갈 수 있는 {listed(reached, '')}번에서 이어지는 "
                         f"{texts.get('edge', '길')}이(가) 없어 INF입니다.")
        else:
            edge = texts.get("edge", "link")
            text = (f"From {node} 1: " + ", ".join(f"to {v} by {seq} ({t})" for v, seq, t in shown)
                    + (", …" if more else "") + "." if shown else f"No {edge} leaves {node} 1.")
            if missing and shown:
                many = len(missing) > 1
                text += (f" {cap if not many else nodes[:1].upper() + nodes[1:]} {listed(missing, 'and')} "
                         f"{'get' if many else 'gets'} INF: no {edge} leads to {'them' if many else 'it'} from "
                         f"{node if len(reached) == 1 else nodes} {listed(reached, 'or')}, the ones {node} 1 reaches.")
            elif missing:
                text += f" Every other {node} gets INF."
        stray = stray_loop(1)
        if stray:
            seq, ws = stray
            text += (f" {arrows(seq)} 고리는 한 바퀴에 {plus(ws)}(으)로 음수이지만 1번에서 갈 수 없으므로 답에 영향을 주지 "
                     f"않습니다." if ko else
                     f" The loop {arrows(seq)} totals {plus(ws)} each time round, but {node} 1 cannot reach it, so it "
                     f"changes nothing.")
        print(text)
else:  # unbounded_score: only places reachable from 1 that can still reach N matter
    useful = reach(1) & reach(n, forward=False)
    best, back, late = relax(useful, -1)
    if out == ["INFINITE"]:
        seq, ws = loop(back, late)
        into, onto = way(1, seq[0]), way(seq[0], n)
        if ko:
            print(f"{arrows(seq)} 순서로 도는 고리는 한 바퀴에 {gain}이(가) {plus(ws)}만큼 늘어납니다. 1번에서 "
                  f"{arrows(into)}(으)로 이 고리에 닿고 {arrows(onto)}(으)로 {n}번에 갈 수 있으므로, 고리를 계속 돌면 "
                  f"합계가 한없이 커져 INFINITE입니다." if len(into) > 1 or len(onto) > 1 else
                  f"{arrows(seq)} 순서로 도는 고리는 한 바퀴에 {gain}이(가) {plus(ws)}만큼 늘어나므로 INFINITE입니다.")
        else:
            parts = ([f"{node} 1 reaches it ({arrows(into)})"] if len(into) > 1 else []) + \
                ([f"it leads on to {node} {n} ({arrows(onto)})"] if len(onto) > 1 else [])
            print(f"The loop {arrows(seq)} adds {plus(ws)} to the {gain} each time round"
                  + (", " + " and ".join(parts) if parts else "") + ": going round it again and again makes the total "
                  "as large as one likes, so the answer is INFINITE.")
    else:
        seq, ws = path(back, n)
        text = (f"가장 좋은 길은 {arrows(seq)}(으)로, {gain} 합계는 {plus(ws)}입니다. {n}번에 도착하는 어느 길도 이보다 "
                f"크지 않습니다." if ko else
                f"The best trip is {arrows(seq)}, with {gain} {plus(ws)}; no trip that finishes at {node} {n} ends "
                f"with more.")
        stray = stray_loop(-1)
        if stray:
            seq, ws = stray
            if ko:
                why = "1번에서 이 고리에 갈 수 없으므로" if seq[0] not in reach(1) else f"이 고리에서 {n}번(으)로 갈 수 없으므로"
                text += f" {arrows(seq)} 고리는 한 바퀴에 {gain}이(가) {plus(ws)}만큼 늘어나지만, {why} 답과 상관없습니다."
            else:
                why = (f"{node} 1 cannot reach it" if seq[0] not in reach(1) else
                       f"it cannot lead on to {node} {n}")
                text += f" The loop {arrows(seq)} adds {plus(ws)} each time round, but {why}, so it does not count."
        print(text)
