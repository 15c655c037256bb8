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
shape = f"{len(rows)} × {len(rows[0].split())}"
grid = [line.split() for line in lines[1:1 + n]]
top = {0: ("가장 위 행 그대로", "the top row as it was", grid[0]),
       90: ("가장 왼쪽 열을 아래에서 위로 읽은 것", "the left column read from bottom to top", [r[0] for r in grid][::-1]),
       180: ("가장 아래 행을 오른쪽에서 왼쪽으로 읽은 것", "the bottom row read from right to left", grid[-1][::-1]),
       270: ("가장 오른쪽 열을 위에서 아래로 읽은 것", "the right column read from top to bottom", [r[-1] for r in grid])}[left]
row = " ".join(top[2])
if case["language"] == "ko":
    print(f"명령의 각도를 모두 더하면 {total}도이고, 360도로 나눈 나머지는 {left}도입니다. "
          f"시계 방향으로 {left}도 돌리면 {shape} 격자가 되고, 새 격자의 가장 위 행 {row}은(는) 처음 격자의 {top[0]}입니다.")
else:
    print(f"The angles add up to {total} degrees, which leaves {left} degrees after whole circles; "
          f"turning {left} degrees clockwise gives a {shape} grid whose top row {row} is {top[1]}.")
