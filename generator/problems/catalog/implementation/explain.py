"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
res = case["output"].split()
variant = case["params"]["variant"]
if variant == "board_moves":
    print(f"모든 이동을 마친 뒤의 위치는 {res[0]}행 {res[1]}열입니다." if ko
          else f"After all moves the position is row {res[0]}, column {res[1]}.")
elif variant == "robot_cleaner":
    print(f"한 번이라도 지나간 칸은 시작 칸을 포함해 모두 {res[0]}칸입니다." if ko
          else f"{res[0]} different {'cell is' if res[0] == '1' else 'cells are'} visited, counting the starting cell.")
else:
    r = int(case["input"].split("\n", 1)[0].split()[2])
    print(f"바깥 고리부터 안쪽 고리까지 각 고리가 반시계 방향으로 {r}칸씩 돌아간 결과, 왼쪽 위 칸의 수는 {res[0]}입니다." if ko
          else f"Every ring, from the outermost to the innermost, turns {r} step{'s' if r != 1 else ''} "
               f"counterclockwise, so the top-left cell now holds {res[0]}.")
