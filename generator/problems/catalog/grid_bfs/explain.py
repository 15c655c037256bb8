"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
d = int(case["output"].split()[0])
if case["language"] == "ko":
    print("도착할 수 없으므로 -1 입니다." if d < 0 else f"가장 짧은 이동 횟수는 {d}번입니다.")
else:
    print("The exit cannot be reached, so the answer is -1." if d < 0 else
          f"The shortest route takes {d} {'move' if d == 1 else 'moves'}.")
