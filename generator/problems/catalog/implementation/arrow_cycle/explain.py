"""A sample's explanation from its input: where the walk enters its cycle, the cycle's length, and how K folds
into it (the idea the task asks for), then the answer. Reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
tokens = case["input"].split()
n, m, k = map(int, tokens[:3])
r, c = int(tokens[3]) - 1, int(tokens[4]) - 1
grid = tokens[5:5 + n]
step = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}
seen, path = {}, []
while (r, c) not in seen:
    seen[(r, c)] = len(path)
    path.append((r, c))
    dr, dc = step[grid[r][c]]
    r, c = (r + dr) % n, (c + dc) % m
start = seen[(r, c)]  # moves before the cycle; the cycle has len(path) - start cells
length = len(path) - start
res = case["output"].split()
if k < start:
    print(f"{k}번 이동하는 동안 아직 순환에 들어가지 않으므로, 그대로 따라가면 {res[0]}행 {res[1]}열입니다." if ko
          else f"The {k} moves end before the walk reaches its cycle; following them gives row {res[0]}, "
               f"column {res[1]}.")
else:
    a, b = path[start][0] + 1, path[start][1] + 1
    rest, left = k - start, (k - start) % length
    final_ko, final_en = f"{res[0]}행 {res[1]}열", f"row {res[0]}, column {res[1]}"
    if ko:
        enter = f"출발 칸은 이미 길이가 {length}인 순환 위에 있습니다." if start == 0 else \
            f"{start}번 이동하면 {a}행 {b}열에 닿고, 거기서부터 길이가 {length}인 순환을 돕니다."
        where = "출발 칸" if start == 0 else "순환에 들어선 칸"
        moved = "이동" if start == 0 else "남은 이동"
        if rest < length:
            fold = f"{moved} {rest}번은 한 바퀴({length}번)보다 적으므로, 그대로 따라가면 마지막 위치는 {final_ko}입니다."
        elif left == 0:
            fold = (f"{moved} {rest}번은 한 바퀴({length}번)의 배수이므로({rest} mod {length} = 0) {where}으로 "
                    f"돌아오고, 마지막 위치는 {final_ko}입니다.")
        else:
            fold = (f"{moved} {rest}번에서 한 바퀴({length}번)씩 도는 이동을 모두 빼면 {left}번이 남으므로"
                    f"({rest} mod {length} = {left}), 마지막 위치는 {final_ko}입니다.")
        print(f"{enter} {fold}")
    else:
        def moves(x):
            return f"{x} move{'s' if x != 1 else ''}"
        enter = f"The start is already on a cycle of {length} cell{'s' if length != 1 else ''}." if start == 0 \
            else (f"After {moves(start)} the walk reaches row {a}, column {b}, and from there it goes round a "
                  f"cycle of {length} cell{'s' if length != 1 else ''}.")
        where = "the start" if start == 0 else "the cell where it entered the cycle"
        some = "" if start == 0 else "remaining "
        if rest < length:
            fold = (f"The {some}{moves(rest)} are fewer than one round ({length}), so following them gives "
                    f"{final_en}.") if rest != 1 else f"The {some}move is less than one round ({length}), so " \
                f"following it gives {final_en}."
        elif left == 0:
            fold = (f"The {some}{moves(rest)} are whole rounds ({rest} mod {length} = 0), so the walk ends back "
                    f"at {where}: {final_en}.")
        else:
            fold = (f"Taking whole rounds out of the {some}{moves(rest)} leaves {moves(left)} "
                    f"({rest} mod {length} = {left}), so the final position is {final_en}.")
        print(f"{enter} {fold}")
