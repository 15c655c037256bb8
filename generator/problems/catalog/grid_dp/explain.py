"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON."""
import json
import sys
from itertools import combinations

case = json.load(sys.stdin)
variant, ko = case["params"]["variant"], case["language"] == "ko"
tokens = case["input"].split()
n, m = int(tokens[0]), int(tokens[1])
answer = case["output"].split()
if case["params"]["content"] == "ints":
    grid = [[int(tokens[2 + i * m + j]) for j in range(m)] for i in range(n)]
else:
    grid = tokens[2:2 + n]


def routes():
    """Every right/down route from the top-left to the bottom-right corner, as move strings (R, D)."""
    for downs in combinations(range(n + m - 2), n - 1):
        moves = ["R"] * (n + m - 2)
        for k in downs:
            moves[k] = "D"
        yield "".join(moves)


def cells(route):
    i = j = 0
    out = [(0, 0)]
    for step in route:
        i, j = (i + 1, j) if step == "D" else (i, j + 1)
        out.append((i, j))
    return out


legend = "(R = 오른쪽, D = 아래쪽)" if ko else "(R = right, D = down)"
if variant == "count_paths":
    free = [r for r in routes() if all(grid[i][j] == "." for i, j in cells(r))]
    if not free:
        print("벽을 피해 도착할 수 있는 경로가 없으므로 답은 0입니다." if ko else
              "No route avoids the walls, so the answer is 0.")
    else:
        shown = ", ".join(r or "-" for r in free[:6]) + (", …" if len(free) > 6 else "")
        print(f"경로는 {len(free)}개입니다: {shown} {legend}." if ko else
              f"There are {len(free)} routes: {shown} {legend}.")
elif variant == "max_sum":
    best = max(routes(), key=lambda r: sum(grid[i][j] for i, j in cells(r)))
    path = cells(best)
    values = " + ".join(f"({v})" if v < 0 else str(v) for v in (grid[i][j] for i, j in path))
    total = sum(grid[i][j] for i, j in path)
    ties = sum(1 for r in routes() if sum(grid[i][j] for i, j in cells(r)) == total)
    which = ("가장 좋은 경로는" if ties == 1 else "가장 좋은 경로 중 하나는") if ko else \
        ("The best route is" if ties == 1 else "A best route is")
    print(f"{which} {best or '-'} {legend}이고, 점수는 {values} = {total}입니다." if ko else
          f"{which} {best or '-'} {legend}: {values} = {total}.")
elif variant == "largest_square":
    side = [[0] * (m + 1) for _ in range(n + 1)]
    where = (0, 0, 0)
    for i in range(n):
        for j in range(m):
            if grid[i][j] == "1":
                side[i + 1][j + 1] = 1 + min(side[i][j], side[i][j + 1], side[i + 1][j])
                if side[i + 1][j + 1] > where[0]:
                    where = (side[i + 1][j + 1], i, j)
    k, i, j = where
    if k == 0:
        print("1인 칸이 없으므로 답은 0입니다." if ko else "There is no 1, so the answer is 0.")
    else:
        top, left = i - k + 2, j - k + 2
        print(f"{top}행 {left}열을 왼쪽 위로 하는 한 변 {k}의 정사각형이 모두 1이며, 넓이는 {k * k}입니다." if ko else
              f"The square of side {k} with its top-left corner in row {top}, column {left} is all ones; its area is "
              f"{k * k}.")
else:
    all_routes = list(routes())
    best, pair = -1, ("", "")
    for r1 in all_routes:
        first = set(cells(r1))
        for r2 in all_routes:
            total = sum(grid[i][j] for i, j in first | set(cells(r2)))
            if total > best:
                best, pair = total, (r1, r2)
    texts = case.get("texts", {})
    cell = texts.get("cell", "칸" if ko else "cell")
    value, counter = texts.get("value", ""), texts.get("counter", "")
    # the counter (개, 가마) ends in a vowel: 를; no particle right after the moves or the legend (로 or 으로 would
    # depend on how they are read)
    print(f"예를 들어 한 사람은 {pair[0] or '-'}, 다른 사람은 {pair[1] or '-'} {legend}의 순서대로 움직이면 {value} "
          f"{best}{counter}를 모읍니다. "
          f"두 사람이 함께 지나는 {cell}은(는) 한 번만 셉니다." if ko else
          f"For example, the walkers move {pair[0] or '-'} and {pair[1] or '-'} {legend} and collect {best} {value} in "
          f"all; a {cell} both visit counts once.")
