"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON."""
import json
import sys
from collections import deque

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}
answer = case["output"].split()[0]
if answer == "-1":  # blocked by the story's walls: shelves, buildings, banks
    walls = texts.get("wall", "벽") if ko else texts.get("walls", "walls")
    print(f"S에서 T로 가는 길이 {walls}(으)로 막혀 있으므로 -1입니다." if ko else
          f"{walls[:1].upper() + walls[1:]} cut T off from S, so the answer is -1.")
else:
    # one route with the fewest turns (0-1 BFS over (cell, heading); a turn costs 1), shown by its corners
    h, w = map(int, case["input"].split()[:2])
    grid = case["input"].split()[2:2 + h]
    start = next((r, c) for r in range(h) for c in range(w) if grid[r][c] == "S")
    goal = next((r, c) for r in range(h) for c in range(w) if grid[r][c] == "T")
    steps = ((-1, 0), (1, 0), (0, -1), (0, 1))
    dist = {(start, d): 0 for d in range(4)}
    back = {(start, d): None for d in range(4)}
    queue = deque((start, d) for d in range(4))
    done = set()
    while queue:
        state = queue.popleft()
        if state in done:
            continue
        done.add(state)
        (r, c), d = state
        nr, nc = r + steps[d][0], c + steps[d][1]
        moves = [(((nr, nc), d), 0)] if 0 <= nr < h and 0 <= nc < w and grid[nr][nc] != "#" else []
        moves += [(((r, c), e), 1) for e in range(4) if e != d]
        for nxt, cost in moves:
            if dist[state] + cost < dist.get(nxt, 1 << 60):
                dist[nxt] = dist[state] + cost
                back[nxt] = state
                (queue.appendleft if cost == 0 else queue.append)(nxt)
    end = min(((goal, d) for d in range(4) if (goal, d) in dist), key=lambda st: dist[st])
    path, state = [], end
    while state is not None:
        path.append(state)
        state = back[state]
    path.reverse()
    corners = [start] + [path[i][0] for i in range(1, len(path)) if path[i][0] == path[i - 1][0]] + [goal]
    corners = [p for i, p in enumerate(corners) if i == 0 or p != corners[i - 1]]
    shown = " → ".join(("S" if i == 0 else "T" if i == len(corners) - 1 else "") + f"({r + 1}, {c + 1})"
                       for i, (r, c) in enumerate(corners))
    if answer == "0":
        print(f"(행, 열)로 적으면 {shown}이고, 처음에 T 쪽을 바라보면 방향을 바꾸지 않고 곧게 가서 도착합니다." if ko else
              f"In (row, column) terms, {shown}: facing T at the start reaches it straight, with no turn.")
        sys.exit()
    print(f"(행, 열)로 적으면, 예를 들어 {shown}처럼 곧게 가다가 꺾이는 곳에서만 방향을 바꾸면 {answer}번 바꾸고 "
          "도착합니다. 이보다 적게 바꾸고 도착하는 방법은 없습니다." if ko else
          f"In (row, column) terms, going straight along {shown}, turning only at the corners, reaches T with "
          f"{answer} {'turn' if answer == '1' else 'turns'}; no route to T takes fewer.")
