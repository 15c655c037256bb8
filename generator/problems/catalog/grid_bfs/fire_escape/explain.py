"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
k = int(case["output"].split()[0])
if case["language"] == "ko":
    print("불보다 먼저 지도 밖으로 나갈 방법이 없습니다." if k < 0 else
          f"{k}분 만에 지도 밖으로 나갑니다. 불이 번지는 바로 그 분에 그 칸으로 들어갈 수는 없습니다.")
else:
    print("There is no way out ahead of the fire." if k < 0 else
          f"The way out takes {k} minute{'s' if k != 1 else ''}; a cell cannot be entered in the minute the fire "
          "reaches it.")
