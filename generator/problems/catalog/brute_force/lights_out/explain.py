"""A sample's explanation: one set of fewest presses (samples are at most 3 x 3, so all subsets are tried)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"


data = case["input"].split()
r, c = int(data[0]), int(data[1])
lit = {(i, j) for i in range(r) for j in range(c) if data[2 + i][j] == "#"}
cells = [(i, j) for i in range(r) for j in range(c)]
best = None
for mask in range(1 << len(cells)):
    chosen = [cells[k] for k in range(len(cells)) if mask >> k & 1]
    state = set(lit)
    for i, j in chosen:
        for y, x in ((i, j), (i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
            if 0 <= y < r and 0 <= x < c:
                state ^= {(y, x)}
    if not state and (best is None or len(chosen) < len(best)):
        best = chosen
if best is None:
    print("어떻게 눌러도 모두 끌 수 없으므로 -1입니다." if ko else "No set of presses turns everything off, so the answer is -1.")
elif not best:
    print("이미 모두 꺼져 있으므로 0입니다." if ko else "Everything is already off, so the answer is 0.")
else:
    shown = ", ".join(f"({i + 1}, {j + 1})" for i, j in best)
    print(f"예를 들어 {shown}을(를) 누르면 {len(best)}번 만에 모두 꺼집니다." if ko else
          f"For example, pressing {shown} turns everything off with {len(best)} presses.")
