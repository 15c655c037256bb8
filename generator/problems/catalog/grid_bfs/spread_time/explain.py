"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
k = int(case["output"].split()[0])
if case["language"] == "ko":
    print("어떤 `.` 칸에는 물이 끝내 닿지 않습니다." if k < 0 else
          f"모든 `*` 칸에서 동시에 퍼져 나가면 {k}분 뒤에 마지막 `.` 칸까지 물이 찹니다.")
else:
    print("Some `.` cell is never reached by the water." if k < 0 else
          f"Spreading from all `*` cells at once, the last `.` cell is flooded after {k} minute{'s' if k != 1 else ''}.")
