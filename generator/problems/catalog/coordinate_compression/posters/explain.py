"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()))
ps = [(nums[1 + 2 * i], nums[2 + 2 * i]) for i in range(nums[0])]
shown, hidden = [], []
for i, (l, r) in enumerate(ps):
    later = ps[i + 1:]
    cells = [c for c in range(l, r + 1) if all(not (a <= c <= b) for a, b in later)]
    (shown if cells else hidden).append((i + 1, cells))


answer = int(case["output"].split()[0])
if ko:
    parts = [f"포스터 {i}은(는) 칸 {', '.join(map(str, cells))}에서 보입니다" for i, cells in shown]
    parts += [f"포스터 {i}은(는) 나중에 붙인 포스터에 완전히 덮입니다" for i, _ in hidden]
    text = ". ".join(parts) + f". 따라서 답은 {answer}입니다."
else:
    parts = [f"poster {i} shows in cell{'s' if len(cells) > 1 else ''} {', '.join(map(str, cells))}" for i, cells in shown]
    parts += [f"poster {i} is covered completely by later posters" for i, _ in hidden]
    text = "; ".join(parts) + f". So {answer} poster{'s' if answer != 1 else ''} can be seen."
    text = text[0].upper() + text[1:]
print(text)
