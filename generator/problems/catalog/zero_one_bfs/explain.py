"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the places, the links, the cells, the walls and what a step costs).
Finds one cheapest route by 0-1 BFS with parent links and says where it pays (portals: the route itself,
steps and free jumps)."""
import json
import sys
from collections import deque

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
node = texts.get("node", "정점" if ko else "vertex")
edge = texts.get("edge", "간선" if ko else "edge")
edges_word = texts.get("edges", "edges")
cell = texts.get("cell", "칸" if ko else "cell")
wall = texts.get("wall", "벽" if ko else "wall")
walls = texts.get("walls", "walls")
cost = texts.get("cost", "비용" if ko else "unit of cost")
costs = texts.get("costs", "units of cost")


variant = case["params"]["variant"]
answer = case["output"].split()[0]
lines = case["input"].split("\n")


def cheapest(start, goal, moves):
    """0-1 BFS over hashable states; moves(state) yields (next, cost, label). Returns the labels of a cheapest
    route's steps, or None."""
    dist, back = {start: 0}, {start: None}
    queue = deque([start])
    done = set()
    while queue:
        x = queue.popleft()
        if x in done:
            continue
        done.add(x)
        for y, c, label in moves(x):
            if dist[x] + c < dist.get(y, 1 << 60):
                dist[y] = dist[x] + c
                back[y] = (x, label)
                (queue.appendleft if c == 0 else queue.append)(y)
    if goal not in dist:
        return None
    steps, x = [], goal
    while back[x] is not None:
        x, label = back[x]
        steps.append(label)
    return steps[::-1]


if variant in ("weighted", "reverse"):
    n, m = map(int, lines[0].split())
    adj = {v: [] for v in range(1, n + 1)}
    for row in lines[1:m + 1]:
        t = list(map(int, row.split()))
        if variant == "weighted":
            u, v, w = t
            adj[u].append((v, w, (u, v, w)))
            adj[v].append((u, w, (v, u, w)))
        else:
            u, v = t
            adj[u].append((v, 0, (u, v, 0)))
            adj[v].append((u, 1, (v, u, 1)))
    steps = cheapest(1, n, lambda x: adj[x])
    if n == 1:
        print("출발점이 곧 도착점이므로 답은 0입니다." if ko else "The start is the target, so the answer is 0.")
    elif steps is None:
        print(f"{n}번 {node}은(는) 1번 {node}에서 갈 수 없으므로 답은 -1입니다." if ko else
              f"{node.capitalize()} {n} cannot be reached from {node} 1, so the answer is -1.")
    else:
        route = "-".join(str(s[0]) for s in steps) + f"-{n}"
        paid = [f"{a}-{b}" for a, b, c in steps if c]
        if variant == "weighted":
            what_ko, what_en = f"유료 {edge}", f"paid {edges_word}"
        else:
            what_ko, what_en = f"방향을 거슬러 지나는 {edge}", f"{edges_word} used against their direction"
        shown = ", ".join(paid) if paid else "none"
        if ko:
            print(f"가장 싼 경로의 예는 {route}이며, 이 경로에서 {what_ko}은(는) {', '.join(paid)}의 {answer}개입니다."
                  if paid else f"가장 싼 경로의 예는 {route}이며, 이 경로에는 {what_ko}이(가) 없으므로 답은 0입니다.")
        else:
            print(f"A cheapest route is {route}; its {what_en}: {shown}, {answer} in all.")
else:
    h, w = map(int, lines[0].split())
    grid = lines[1:h + 1]
    if variant == "walls":
        start, goal = (0, 0), (h - 1, w - 1)
    else:
        start = next((r, c) for r in range(h) for c in range(w) if grid[r][c] == "S")
        goal = next((r, c) for r in range(h) for c in range(w) if grid[r][c] == "T")
    groups = {}
    for r in range(h):
        for c in range(w):
            if grid[r][c].islower():
                groups.setdefault(grid[r][c], []).append((r, c))

    def moves(cell):
        r, c = cell
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < h and 0 <= nc < w:
                if variant == "walls":
                    yield (nr, nc), 1 if grid[nr][nc] == "#" else 0, ("step", (nr, nc))
                elif grid[nr][nc] != "#":
                    yield (nr, nc), 1, ("step", (nr, nc))
        if variant == "portals" and grid[r][c].islower():
            for other in groups[grid[r][c]]:
                if other != cell:
                    yield other, 0, ("jump", other)

    steps = cheapest(start, goal, moves)
    if steps is None:
        print(f"도착 {cell}에 갈 수 없으므로 답은 -1입니다." if ko else "The target cannot be reached, so the answer is -1.")
    elif variant == "walls":
        broken = [f"({r + 1}, {c + 1})" for kind, (r, c) in steps if grid[r][c] == "#"]
        if not broken:
            print(f"{wall}을(를) 하나도 없애지 않고 도착할 수 있으므로 답은 0입니다." if ko else
                  f"The goal can be reached without removing any {wall}, so the answer is 0.")
        else:
            print(f"예를 들어 {', '.join(broken)} {cell}의 {wall}을(를) 없애면 됩니다. 없애는 {wall}은(는) "
                  f"모두 {answer}개입니다." if ko else
                  f"For example, remove the {wall if len(broken) == 1 else walls} in {cell if len(broken) == 1 else cell + 's'} "
                  f"{', '.join(broken)}: "
                  f"{answer} in all.")
    else:
        jumps = sum(1 for kind, _ in steps if kind == "jump")
        walks = sum(1 for kind, _ in steps if kind == "step")
        legs = []  # [kind, count, end cell]
        for kind, where in steps:
            if kind == "step" and legs and legs[-1][0] == "step":
                legs[-1][1] += 1
                legs[-1][2] = where
            else:
                legs.append([kind, 1, where])
        SHOWN = 8

        def at(where):
            r, c = where
            mark = grid[r][c]
            return f"({r + 1}, {c + 1})" + (f" `{mark}`" if mark.islower() or mark == "T" else "")

        parts = []
        for kind, count, where in legs[:SHOWN]:
            if kind == "jump":
                parts.append(f"{at(where)}(으)로 순간 이동" if ko else f"jump to {at(where)}")
            else:
                parts.append(f"{count}칸 걸어 {at(where)}" if ko else
                             f"{count} {'step' if count == 1 else 'steps'} to {at(where)}")
        route = ", ".join(parts) + (", …" if len(legs) > SHOWN else "에 도착합니다" if ko else "")
        begin = f"({start[0] + 1}, {start[1] + 1})"
        if ko:
            print(f"가장 좋은 방법의 예: `S` {begin}에서 {route}. 한 칸 이동 {walks}번에 {cost}이(가) {answer}개 들고, "
                  f"순간 이동 {jumps}번은 무료입니다." if jumps else
                  f"가장 좋은 방법의 예: `S` {begin}에서 {route}. 순간 이동 없이 한 칸 이동 {walks}번에 {cost}이(가) "
                  f"{answer}개 듭니다.")
        else:
            print(f"One best way from `S` at {begin} (row, column): {route}. That is {walks} "
                  f"{'step' if walks == 1 else 'steps'} for {answer} {cost if answer == '1' else costs}; the "
                  f"{'jump is' if jumps == 1 else f'{jumps} jumps are'} free." if jumps else
                  f"One best way from `S` at {begin} (row, column): {route}, with no jump: {answer} "
                  f"{cost if answer == '1' else costs}.")
