"""A sample's explanation: who is called at each `?` and why (level, then arrival order)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
lines = case["input"].split("\n")
waiting, steps = [], []
for arrival in range(1, int(lines[0]) + 1):
    parts = lines[arrival].split()
    if parts[0] == "+":
        waiting.append((-int(parts[2]), arrival, parts[1]))
    elif waiting:
        best = min(waiting)
        waiting.remove(best)
        tied = sum(1 for w in waiting if w[0] == best[0])
        if ko:
            steps.append(f"{best[2]}({-best[0]}" + (", 같은 값 중 가장 먼저 도착)" if tied else ")"))
        else:
            steps.append(f"{best[2]} ({-best[0]}" + (", earliest of its level)" if tied else ")"))
    else:
        steps.append("EMPTY")
if ko:
    print("부르는 순서: " + ", ".join(steps) + ".")
else:
    print("Calls in order: " + ", ".join(steps) + ".")
