"""A sample's explanation, computed from the sample: for every query the counted steps i -> i + 1 (x <= i < y with
a_i > a_{i+1}), and a note when the step right after y goes down but is not taken."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}
drop = texts.get("drop", "내리막" if ko else "step down")
items = texts.get("items", "positions")
data = list(map(int, case["input"].split()))
n = data[0]
a = data[1:1 + n]
q = data[1 + n]
parts = []
for k in range(q):
    x, y = data[2 + n + 2 * k], data[3 + n + 2 * k]
    steps = [i for i in range(x, y) if a[i - 1] > a[i]]
    shown = ", ".join(f"{i}→{i + 1} ({a[i - 1]} > {a[i]})" for i in steps)
    after = y < n and a[y - 1] > a[y]
    if ko:
        text = f"질문 {k + 1} ({x}번부터 {y}번까지): " + (f"{shown}, 모두 {len(steps)}번" if steps else f"{drop}이(가) 없어 0번")
        if after:
            text += f" ({y}번에서 {y + 1}번으로 가는 단계는 거치지 않으므로 세지 않습니다)"
    else:
        text = f"Question {k + 1} ({items} {x} to {y}): " + (f"{shown}, {len(steps)} in all" if steps else f"no {drop}, 0")
        if after:
            text += f" ({y}→{y + 1} is not taken, so it does not count)"
    parts.append(text)
print(". ".join(parts) + ".")
