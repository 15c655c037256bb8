"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
t, p = case["input"].split()
spots = [i + 1 for i in range(len(t) - len(p) + 1) if t[i:i + len(p)] == p]
where = ", ".join(map(str, spots))
answer = case["output"].split()[0]
if ko:
    text = f"`{p}`은(는) 위치 {where}에서 시작하므로 답은 {answer}입니다." if spots else "나타나는 곳이 없으므로 답은 0입니다."
else:
    text = f"`{p}` starts at position{'s' if len(spots) > 1 else ''} {where}: {answer} in all." if spots else "It never occurs, so the answer is 0."
print(text)
