"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
k = int(case["output"].split()[0])
if case["language"] == "ko":
    print(f"가장자리까지 이어지지 않는 `.` 칸은 {k}개입니다. 가장자리에 있는 `.` 칸에서 출발해 닿는 칸은 모두 갇혀 있지 않습니다.")
else:
    if k == 0:
        print("Every `.` cell can reach a `.` cell on the edge of the map, so no cell is enclosed.")
    else:
        print(f"{k} `.` cell{'s' if k != 1 else ''} cannot reach a `.` cell on the edge of the map, so {k} "
              f"{'are' if k != 1 else 'is'} enclosed. Every other `.` cell is reached from a `.` cell on the edge.")
