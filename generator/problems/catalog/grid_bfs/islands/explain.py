"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
k = int(case["output"].split()[0])
if case["language"] == "ko":
    print(f"덩어리는 모두 {k}개입니다. 대각선으로만 맞닿은 `#` 칸끼리는 서로 다른 덩어리입니다.")
else:
    print(("There is 1 cluster." if k == 1 else f"There are {k} clusters.")
          + " Cells that touch only diagonally belong to different clusters.")
