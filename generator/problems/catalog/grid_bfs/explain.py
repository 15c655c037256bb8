"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON.
Route variants (anywhere, corners, break_walls): a reachable E is explained by one shortest route, written as runs of
moves in one direction (the shortest route with the fewest turns, so the list stays short), and with K breaks
allowed, the # cells it breaks. An unreachable E (-1) is explained from the grid: how many cells S reaches, or (with
K breaks allowed) how many walls the best route needs.
Cluster variants (islands, largest_island): the clusters of `#` cells, each by its first cell in reading order with
its size (islands lists them, largest_island names the largest and gives the others' sizes) and, when the map has
one, two `#` cells of different clusters that touch only diagonally."""
import heapq
import json
import sys
from collections import deque

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}
variant = case["params"]["variant"]
d = int(case["output"].split()[0])
lines = case["input"].split("\n")
head = lines[0].split()
n, m = int(head[0]), int(head[1])
grid = lines[1:1 + n]
STEPS = ((0, 1), (1, 0), (0, -1), (-1, 0))  # right, down, left, up
NAMES = (("right", "down", "left", "up"), ("오른쪽으로", "아래로", "왼쪽으로", "위로"))


def the(words):
    """'a mouse' -> 'the mouse' (the theme's texts carry an indefinite article)."""
    for article in ("a ", "an "):
        if words.startswith(article):
            return "the " + words[len(article):]
    return words


def fewest_walls(begin):
    """0-1 BFS: the fewest # cells a route from `begin` enters, per cell."""
    best = {begin: 0}
    queue = deque([begin])
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < n and 0 <= nc < m:
                wall = grid[nr][nc] == "#"
                cost = best[(r, c)] + wall
                if cost < best.get((nr, nc), n * m + 1):
                    best[(nr, nc)] = cost
                    (queue.append if wall else queue.appendleft)((nr, nc))
    return best


def route():
    """A shortest route S -> E (at most `k` # cells, none without K) with the fewest turns: (directions, walls)."""
    limit = k or 0
    first = (0, 0, start, -1, 0)  # moves, turns, cell, direction, walls broken
    best = {(start, -1, 0): (0, 0)}
    parent = {}
    heap = [first]
    while heap:
        moves, turns, cell, way, broken = heapq.heappop(heap)
        if best.get((cell, way, broken)) != (moves, turns):
            continue
        if cell == goal:
            state, ways, walls = (cell, way, broken), [], []
            while state in parent:
                ways.append(state[1])
                if grid[state[0][0]][state[0][1]] == "#":
                    walls.append(state[0])
                state = parent[state]
            return ways[::-1], walls[::-1]
        for nway, (dr, dc) in enumerate(STEPS):
            nr, nc = cell[0] + dr, cell[1] + dc
            if not (0 <= nr < n and 0 <= nc < m):
                continue
            nbroken = broken + (grid[nr][nc] == "#")
            if nbroken > limit:
                continue
            cost = (moves + 1, turns + (way != nway and way != -1))
            state = ((nr, nc), nway, nbroken)
            if cost < best.get(state, (n * m + 1, 0)):
                best[state] = cost
                parent[state] = (cell, way, broken)
                heapq.heappush(heap, (*cost, (nr, nc), nway, nbroken))
    return None


def runs(ways):
    """[0, 0, 1] -> ['right 2', 'down 1'] as (direction, count) pairs."""
    out = []
    for way in ways:
        if out and out[-1][0] == way:
            out[-1][1] += 1
        else:
            out.append([way, 1])
    return out


def join(items, word):
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {word} " + items[-1]


def route_text():
    """anywhere, corners, break_walls: the route S -> E, or why there is none."""
    if d >= 0:
        ways, walls = route()
        who_ko = texts.get("who", "")
        who_en = the(texts.get("who", "you"))
        exit_ko, exit_en = texts.get("exit", ""), the(texts.get("exit", "the goal"))
        wall_ko = texts.get("wall", "벽")
        through = texts.get("through", "부수고" if ko else "break through")  # how the theme passes a `#` cell
        legs = runs(ways)
        if ko:
            steps = ", ".join(f"{NAMES[1][w]} {c}칸" for w, c in legs)
            text = (f"{who_ko}은(는) `S`에서 {steps} 가면 `E`({exit_ko})에 도착합니다. 모두 {d}번 이동하며, "
                    f"이보다 짧은 길은 없습니다.")
            if walls:
                cells = ", ".join(f"{r + 1}행 {c + 1}열" for r, c in walls)
                text += f" 가는 길에 {through} 지나가는 `#` 칸({wall_ko})은 {cells}의 {len(walls)}개로, K = {k}개를 넘지 않습니다."
            elif k is not None:
                text += f" 이 길은 `#` 칸을 하나도 {through} 지나가지 않습니다."
        else:
            steps = join([f"{c} {'cell' if c == 1 else 'cells'} {NAMES[0][w]}" if not i else f"{c} {NAMES[0][w]}"
                          for i, (w, c) in enumerate(legs)], "and")
            text = (f"{who_en[0].upper() + who_en[1:]} reaches {exit_en} at `E` by going {steps} from `S`: "
                    f"{d} {'move' if d == 1 else 'moves'}, and no route is shorter.")
            if walls:
                cells = join([f"(row {r + 1}, column {c + 1})" for r, c in walls], "and")
                text += (f" On the way {who_en} has to {through} {len(walls)} `#` {'cell' if len(walls) == 1 else 'cells'}, "
                         f"at {cells}, which K = {k} allows.")
            elif k is not None:
                text += f" This route does not {through} any `#` cell."
        return text
    best = fewest_walls(start)
    if k is not None:
        need = best[goal]
        return (f"S에서 E로 가는 어느 경로도 # 칸을 {need}개 이상 지나야 하는데 K = {k}이므로 -1입니다." if ko else
                f"Every route from S to E enters at least {need} # {'cell' if need == 1 else 'cells'}, more than "
                f"K = {k}, so the answer is -1.")
    reached = sum(1 for cost in best.values() if cost == 0)
    return (f"S에서 # 칸을 지나지 않고 갈 수 있는 칸은 S를 포함해 {reached}칸뿐이고 그중에 E가 없으므로 -1입니다." if ko
            else f"Without entering a # cell, S reaches only {reached} "
                 f"{'cell' if reached == 1 else 'cells'} (S included), and E is not one of them, so the answer is -1.")


def clusters():
    """The 4-connected clusters of `#` cells as (first cell in reading order, size), 1-based, and two cells of
    different clusters that touch only diagonally (or None)."""
    label, found = {}, []
    for r in range(n):
        for c in range(m):
            if grid[r][c] == "#" and (r, c) not in label:
                label[(r, c)] = len(found)
                stack, size = [(r, c)], 0
                while stack:
                    cr, cc = stack.pop()
                    size += 1
                    for nr, nc in ((cr + 1, cc), (cr - 1, cc), (cr, cc + 1), (cr, cc - 1)):
                        if 0 <= nr < n and 0 <= nc < m and grid[nr][nc] == "#" and (nr, nc) not in label:
                            label[(nr, nc)] = len(found)
                            stack.append((nr, nc))
                found.append(((r + 1, c + 1), size))
    diagonal = next((((r + 1, c + 1), (r + 2, c + 1 + dc)) for (r, c) in sorted(label) for dc in (-1, 1)
                     if (r + 1, c + dc) in label and label[(r + 1, c + dc)] != label[(r, c)]), None)
    return found, diagonal


SHOWN = 6  # clusters (or sizes) listed before "…"


def islands_text():
    found, diagonal = clusters()
    wall = texts.get("wall", "")
    # the theme's word for one cluster where the task has one (islands: bushes, complexes, ...)
    group = texts.get("group", "덩어리" if ko else "cluster")
    groups = texts.get("groups", "clusters")
    count = len(found)
    if ko:
        shown = ", ".join(f"({r}, {c}) {s}칸" for (r, c), s in found[:SHOWN]) + (", …" if count > SHOWN else "")
        named = f"{group}은(는)" if "group" in texts else f"`#` 칸({wall}) {group}은(는)"
        text = (f"{group}마다 맨 위 줄의 가장 왼쪽 칸 (행, 열)과 칸 수를 적으면 {shown}(으)로, {named} "
                f"모두 {count}개입니다." if count else f"`#` 칸이 하나도 없으므로 {group}은(는) 0개입니다.")
        if diagonal:
            text += f" {diagonal[0]} 칸과 {diagonal[1]} 칸은 대각선으로만 맞닿아 있으므로 서로 다른 {group}입니다."
        return text
    shown = [f"({r}, {c}) with {s} {'cell' if s == 1 else 'cells'}" for (r, c), s in found[:SHOWN]]
    shown = (", ".join(shown) + ", …" if count > SHOWN else
             shown[0] if count == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]) if count else ""
    text = (f"Each {group} by its first cell in reading order (row, column) and its size: {shown}; "
            f"{f'1 {group}' if count == 1 else f'{count} {groups}'} in all." if count else
            f"There is no `#` cell, so there are 0 {groups}.")
    if diagonal:
        text += (f" The cells {diagonal[0]} and {diagonal[1]} touch only diagonally, so they belong to different "
                 f"{groups}.")
    return text


def largest_island_text():
    found, diagonal = clusters()
    wall = texts.get("wall", "")
    count = len(found)
    top = max(range(count), key=lambda i: found[i][1]) if count else None
    others = [size for i, (_, size) in enumerate(found) if i != top]
    if ko:
        rest = ", ".join(map(str, others[:SHOWN])) + (", …" if len(others) > SHOWN else "")
        tie = found[top][1] in others if count else False
        text = (f"칸을 (행, 열)로 나타내면, 가장 큰 덩어리{' 중 하나' if tie else ''}는 {found[top][0]} 칸이 속한 덩어리로, "
                f"`#` 칸({wall}) {found[top][1]}개로 이루어져 있습니다." if count else "`#` 칸이 하나도 없으므로 답은 0입니다.")
        if others:
            text += f" 나머지 덩어리의 칸 수는 {rest}입니다."
        if diagonal:
            text += f" {diagonal[0]} 칸과 {diagonal[1]} 칸은 대각선으로만 맞닿아 있으므로 같은 덩어리가 아닙니다."
        return text
    rest = (", ".join(map(str, others[:SHOWN])) + ", …" if len(others) > SHOWN else
            str(others[0]) if len(others) == 1 else ", ".join(map(str, others[:-1])) + " and " + str(others[-1])
            if others else "")
    size = found[top][1] if count else 0
    tie = others.count(size) > 0
    text = (f"{'One of the largest clusters' if tie else 'The largest cluster'} is the one containing cell "
            f"{found[top][0]} (row, column): {size} {'cell' if size == 1 else 'cells'}." if count else
            "There is no `#` cell, so the answer is 0.")
    if others:
        text += (f" The other {'cluster has' if len(others) == 1 else 'clusters have'} {rest} "
                 f"{'cell' if others == [1] else 'cells'}.")
    if diagonal:
        text += (f" The cells {diagonal[0]} and {diagonal[1]} touch only diagonally, so they are not in the same "
                 f"cluster.")
    return text


if variant == "islands":
    print(islands_text())
elif variant == "largest_island":
    print(largest_island_text())
else:
    k = int(head[2]) if len(head) > 2 else None  # break_walls: at most K walls broken
    start = next((r, c) for r in range(n) for c in range(m) if grid[r][c] == "S")
    goal = next((r, c) for r in range(n) for c in range(m) if grid[r][c] == "E")
    print(route_text())
