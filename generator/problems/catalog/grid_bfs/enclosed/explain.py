"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
k = int(case["output"].split()[0])
if case["language"] == "ko":
    print(f"가장자리까지 이어지지 않는 `.` 칸은 {k}개입니다. 가장자리에 있는 `.` 칸에서 출발해 닿는 칸은 모두 갇혀 있지 않습니다.")
else:
    print(f"{k} open cell{'s' if k != 1 else ''} cannot reach the edge of the map. Every cell reached from an open "
          "edge cell is free.")
