"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON.
An unreachable E (-1) is explained from the grid: how many cells S reaches, or (with K breaks allowed) how many
walls the best route needs."""
import json
import sys
from collections import deque

case = json.load(sys.stdin)
ko = case["language"] == "ko"
d = int(case["output"].split()[0])
lines = case["input"].split("\n")
head = lines[0].split()
n, m = int(head[0]), int(head[1])
k = int(head[2]) if len(head) > 2 else None  # break_walls: at most K walls broken
grid = lines[1:1 + n]


def fewest_walls(start):
    """0-1 BFS: the fewest # cells a route from `start` enters, per cell."""
    best = {start: 0}
    queue = deque([start])
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


if d >= 0:
    print(f"가장 짧은 이동 횟수는 {d}번입니다." if ko else
          f"The shortest route takes {d} {'move' if d == 1 else 'moves'}.")
else:
    start = next((r, c) for r in range(n) for c in range(m) if grid[r][c] == "S")
    best = fewest_walls(start)
    if k is not None:
        need = min(best[(r, c)] for r in range(n) for c in range(m) if grid[r][c] == "E")
        print(f"S에서 E로 가는 어느 경로도 # 칸을 {need}개 이상 지나야 하는데 K = {k}이므로 -1입니다." if ko else
              f"Every route from S to E enters at least {need} # {'cell' if need == 1 else 'cells'}, more than "
              f"K = {k}, so the answer is -1.")
    else:
        reached = sum(1 for cost in best.values() if cost == 0)
        print(f"S에서 # 칸을 지나지 않고 갈 수 있는 칸은 S를 포함해 {reached}칸뿐이고 그중에 E가 없으므로 -1입니다." if ko
              else f"Without entering a # cell, S reaches only {reached} "
                   f"{'cell' if reached == 1 else 'cells'} (S included), and E is not one of them, so the answer is -1.")
