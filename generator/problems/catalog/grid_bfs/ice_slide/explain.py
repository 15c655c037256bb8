"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
k = int(case["output"].split()[0])
if case["language"] == "ko":
    print("어떤 순서로 밀어도 `G` 칸에 멈출 수 없습니다." if k < 0 else
          f"최소 {k}번 밀면 `G` 칸에 멈춥니다. `G` 칸을 지나쳐 가는 것은 도착이 아닙니다.")
else:
    print("No sequence of pushes stops on `G`." if k < 0 else
          f"At least {k} push{'es' if k != 1 else ''} are needed to stop on `G`; sliding over `G` does not count.")
