"""A sample's explanation from its input: reads {"input", "output", "language", "texts"} as JSON.
It names one best choice (the k strongest ropes for the best k), the load each of them then holds, and what one
rope more (the next strongest) would allow instead."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}
rope = texts.get("rope", "밧줄" if ko else "rope")
ropes = texts.get("ropes", "ropes")
load = texts.get("load", "짐" if ko else "load")
data = case["input"].split()
n = int(data[0])
strengths = sorted(map(int, data[1:1 + n]), reverse=True)
best, k = max((j * w, j) for j, w in enumerate(strengths, 1))
chosen = strengths[:k]
SHOWN = 6
listed = ", ".join(map(str, chosen[:SHOWN])) + (", …" if k > SHOWN else "")
weakest = chosen[-1]
if ko:
    text = (f"최대 {listed}kg까지 버티는 {rope} {k}개에 {load}을(를) 걸면 각 {rope}에 {best} / {k} = {weakest}kg씩 "
            f"걸리고, 그중 가장 약한 것({weakest}kg)도 견디므로 {best}kg까지 들 수 있습니다." if k > 1 else
            f"가장 튼튼한 {rope}({weakest}kg) 하나에만 걸면 {best}kg까지 들 수 있습니다.")
    if k < n:
        text += (f" {rope}을(를) 하나 더({strengths[k]}kg까지 버티는 것) 쓰면 {k + 1} × {strengths[k]} = "
                 f"{(k + 1) * strengths[k]}kg까지밖에 들 수 없습니다.")
else:
    text = (f"Hanging the {load} on the {k} {ropes} that hold {listed} kg puts {best} / {k} = {weakest} kg on each, "
            f"which even the weakest of them holds: {best} kg." if k > 1 else
            f"Hanging the {load} on the strongest {rope} alone ({weakest}) allows {best} kg.")
    if k < n:
        text += (f" Adding the next {rope} (holding {strengths[k]} kg) would allow only {k + 1} × {strengths[k]} = "
                 f"{(k + 1) * strengths[k]} kg.")
print(text)
