"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
_, k, s = case["input"].split()
k = int(k)
order = []
for i in range(len(s) - k + 1):
    if s[i:i + k] not in order:
        order.append(s[i:i + k])
shown = ", ".join(f"`{w}`" for w in order[:10]) + (" …" if len(order) > 10 else "")
windows = len(s) - k + 1
if ko:
    text = f"창은 {windows}개이고, 그중 서로 다른 문자열은 {case['output'].split()[0]}개입니다: {shown}."
else:
    text = f"There are {windows} windows; the different strings among them are {shown}: {case['output'].split()[0]} in all."
print(text)
