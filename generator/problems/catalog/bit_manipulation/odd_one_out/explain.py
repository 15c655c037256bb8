"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys
from collections import Counter

case = json.load(sys.stdin)
ko = case["language"] == "ko"
values = list(map(int, case["input"].split()[1:]))
answer = case["output"].strip()
counts = sorted(Counter(values).items())
if ko:
    parts = ", ".join(f"{v}번 장치 {c}번" for v, c in counts)
    print(f"장치별로 상태가 바뀐 횟수는 {parts}입니다. 홀수 번 바뀐 장치는 {answer}번뿐입니다.")
else:
    parts = ", ".join(f"device {v}: {c} {'time' if c == 1 else 'times'}" for v, c in counts)
    print(f"Toggles per device: {parts}. Only device {answer} was toggled an odd number of times.")
