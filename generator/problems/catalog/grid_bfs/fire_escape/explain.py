"""A sample's explanation from its input: reads {"input", "output", "language", "texts"} as JSON.
It shows one fastest way out (the first BFS finds: runs of moves in one direction, then the step off the map) and the
cell of that route the fire comes closest to; for -1, how many cells J reaches ahead of the fire, none on the edge."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}
lines = case["input"].split("\n")
n, m = (int(t) for t in lines[0].split()[:2])
grid = lines[1:1 + n]
STEPS = ((0, 1), (1, 0), (0, -1), (-1, 0))
NAMES = (("right", "down", "left", "up"), ("오른쪽으로", "아래로", "왼쪽으로", "위로"))
EDGES = (("right", "bottom", "left", "top"), ("오른쪽", "아래쪽", "왼쪽", "위쪽"))
INF = n * m + 5


def bfs(sources, may_enter):
    dist = {s: 0 for s in sources}
    parent = {}
    order = list(sources)
    for cell in order:
        for way, (dr, dc) in enumerate(STEPS):
            nxt = (cell[0] + dr, cell[1] + dc)
            if 0 <= nxt[0] < n and 0 <= nxt[1] < m and grid[nxt[0]][nxt[1]] != "#" and nxt not in dist \
                    and may_enter(nxt, dist[cell] + 1):
                dist[nxt] = dist[cell] + 1
                parent[nxt] = (cell, way)
                order.append(nxt)
    return dist, parent, order


def on_edge(cell):
    return cell[0] in (0, n - 1) or cell[1] in (0, m - 1)


cells = [(r, c) for r in range(n) for c in range(m)]
fire, _, _ = bfs([x for x in cells if grid[x[0]][x[1]] == "F"], lambda cell, t: True)
start = next(x for x in cells if grid[x[0]][x[1]] == "J")
dist, parent, order = bfs([start], lambda cell, t: t < fire.get(cell, INF))
exit_cell = next((x for x in order if on_edge(x)), None)
who = texts.get("who", "J")
for article in ("a ", "an "):
    if not ko and who.startswith(article):
        who = "the " + who[len(article):]
if exit_cell is None:
    count = len(order)
    if ko:
        print(f"불이 번지기 전에 들어갈 수 있는 칸만 따라가면 `J`은(는) 자기 칸을 포함해 {count}칸에만 갈 수 있고, "
              f"그중 지도 가장자리에 있는 칸이 없으므로 -1입니다.")
    else:
        print(f"Entering only cells the fire has not reached yet, `J` can get to just {count} "
              f"{'cell, its own, not' if count == 1 else 'cells (its own included), none of them'} on the edge of the map, "
              f"so the answer is -1.")
else:
    ways, cell = [], exit_cell
    while cell in parent:
        cell, way = parent[cell]
        ways.append(way)
    ways.reverse()
    legs = []
    for way in ways:
        if legs and legs[-1][0] == way:
            legs[-1][1] += 1
        else:
            legs.append([way, 1])
    r, c = exit_cell
    out = 3 if r == 0 else 1 if r == n - 1 else 2 if c == 0 else 0
    total = dist[exit_cell] + 1
    path, cell = [], exit_cell
    while cell in parent:
        path.append(cell)
        cell = parent[cell][0]
    close = min(((fire[x] - dist[x], x) for x in path if x in fire), default=None)
    if ko:
        moves = ", ".join(f"{NAMES[1][w]} {k}칸" for w, k in legs)
        text = (f"{who}(`J`)은(는) {moves} 간 뒤 {EDGES[1][out]} 가장자리 밖으로 나가며, {total}분이 걸립니다."
                if legs else f"{who}(`J`)은(는) 지도 가장자리에 있으므로 {EDGES[1][out]} 밖으로 한 걸음 나가면 "
                             f"{total}분입니다.")
        if close:
            x = close[1]
            text += (f" 불이 가장 가까이 따라오는 칸은 ({x[0] + 1}, {x[1] + 1})(으)로, {dist[x]}분째에 들어가고 불은 "
                     f"{fire[x]}분째에 번집니다.")
        elif legs:
            text += " 이 길의 칸에는 불이 번지지 않습니다."
    else:
        moves = [f"{k} {'cell' if k == 1 else 'cells'} {NAMES[0][w]}" if not i else f"{k} {NAMES[0][w]}"
                 for i, (w, k) in enumerate(legs)]
        moves = "" if not moves else moves[0] if len(moves) == 1 else ", ".join(moves[:-1]) + " and " + moves[-1]
        name = "`J`" if not texts.get("who") else f"{who[0].upper() + who[1:]} (`J`)"
        text = (f"{name} goes {moves}, then steps off the {EDGES[0][out]} edge of the map: {total} "
                f"{'minute' if total == 1 else 'minutes'}." if legs else
                f"{name} stands on the edge of the map, so stepping off the {EDGES[0][out]} edge takes {total} "
                f"{'minute' if total == 1 else 'minutes'}.")
        if close:
            x = close[1]
            text += (f" The fire comes closest at cell ({x[0] + 1}, {x[1] + 1}) (row, column): entered in minute "
                     f"{dist[x]}, burning from minute {fire[x]}.")
        elif legs:
            text += " The fire never reaches the cells of this route."
    print(text)
