"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
k = int(case["output"].split()[0])
if case["language"] == "ko":
    print("목표 칸에 갈 수 없습니다." if k < 0 else f"최소 {k}번 뛰어서 목표 칸에 도착합니다. 판 밖으로 나가는 이동은 할 수 없습니다.")
else:
    print("The target cannot be reached." if k < 0 else
          f"The knight needs at least {k} jump{'s' if k != 1 else ''}; jumps that leave the board are not allowed.")
