"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
lines = case["input"].split("\n")
n = int(lines[0].split()[0])
angles = list(map(int, lines[n + 2].split()))
total = sum(angles)
left = total % 360
rows = case["output"].strip().split("\n")
shape = f"{len(rows)} x {len(rows[0].split())}"
if case["language"] == "ko":
    print(f"명령의 각도를 모두 더하면 {total}도이고, 360도로 나눈 나머지는 {left}도입니다. "
          f"시계 방향으로 {left}도 돌린 결과는 {shape} 크기의 행렬입니다.")
else:
    print(f"The angles add up to {total} degrees, which leaves {left} degrees after whole circles; "
          f"turning {left} degrees clockwise gives a {shape} matrix.")
