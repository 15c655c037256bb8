"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
n, m = map(int, case["input"].split())
rows = [r.split() for r in case["output"].strip().split("\n")]
last = n * m
where = next((i + 1, j + 1) for i, row in enumerate(rows) for j, v in enumerate(row) if int(v) == last)
if case["language"] == "ko":
    print(f"1은 1행 1열에서 시작해 시계 방향으로 안쪽으로 감겨 들어가며, 마지막 수인 {last}의 자리는 {where[0]}행 {where[1]}열입니다.")
else:
    print(f"1 starts at row 1, column 1 and the numbers wind clockwise inwards; the last number {last} lands at "
          f"row {where[0]}, column {where[1]}.")
