"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
k = int(case["output"].split()[0])
if case["language"] == "ko":
    print(f"가장 큰 덩어리는 `#` 칸 {k}개로 이루어져 있습니다. 대각선으로만 맞닿은 칸은 같은 덩어리가 아닙니다.")
else:
    print(f"The largest cluster has {k} cell{'s' if k != 1 else ''}. Cells that touch only diagonally are not in the same cluster.")
