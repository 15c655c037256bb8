"""A sample's explanation from its input alone: reads {"input", "language", ...} as JSON.

It shows one shortest sequence of jumps (the first found jumping in a fixed order) and, when the board's edges
make the trip longer than on an unbounded board, says so."""
import json
import sys

MOVES = ((1, 2), (2, 1), (-1, 2), (-2, 1), (1, -2), (2, -1), (-1, -2), (-2, -1))


def shortest(n, a, b):
    """One shortest jump sequence from a to b on an n × n board (n = None: no edges), or None."""
    parent, frontier = {a: None}, [a]
    while frontier and b not in parent:
        nxt = []
        for r, c in frontier:
            for dr, dc in MOVES:
                cell = (r + dr, c + dc)
                inside = n is None and abs(cell[0] - a[0]) + abs(cell[1] - a[1]) <= 12 or \
                    n is not None and 1 <= cell[0] <= n and 1 <= cell[1] <= n
                if inside and cell not in parent:
                    parent[cell] = (r, c)
                    nxt.append(cell)
        frontier = nxt
    if b not in parent:
        return None
    path = [b]
    while parent[path[-1]] is not None:
        path.append(parent[path[-1]])
    return path[::-1]


case = json.load(sys.stdin)
ko = case["language"] == "ko"
tokens = [int(t) for t in case["input"].split()]
n, a, b = tokens[0], (tokens[1], tokens[2]), (tokens[3], tokens[4])
path = shortest(n, a, b)
if path is None:
    print("판 안에서 뛰는 것만으로는 목표 칸에 갈 수 없으므로 -1입니다." if ko else
          "No sequence of jumps inside the board reaches the target, so the answer is -1.")
else:
    k = len(path) - 1
    route = " → ".join(f"({r}, {c})" for r, c in path)
    free = len(shortest(None, a, b)) - 1
    if ko:
        edge = (f" 판의 가장자리가 없다면 {free}번이면 되지만, 그 길은 판 밖을 지나야 합니다." if free < k else "")
        print(f"{route} 순서로 {k}번 뛰면 도착하고, 이보다 적게 뛰어서는 갈 수 없습니다.{edge}" if k else
              "출발 칸이 곧 목표 칸이므로 0번입니다.")
    else:
        edge = (f" Without the board's edges {free} jumps would do, but that way leaves the board." if free < k else "")
        print(f"Jumping {route} takes {k} jump{'s' if k != 1 else ''}, and no shorter way exists.{edge}" if k else
              "The start is the target: 0 jumps.")
