"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}
slot = texts.get("slot", "번" if ko else "position")
slots = texts.get("slots", slot + "s")
nums = list(map(int, case["input"].split()))
n, k = nums[0], nums[1]
a = nums[2:2 + n]
notes = []
for i in range(1, n):
    lo = max(0, i - k)
    top = max(a[lo:i])
    tie = a[i] == top
    window_decides = (a[i] > top) != (a[i] > max(a[:i]))
    if not (tie or window_decides):
        continue  # only the positions where the tie rule or the K-limit decides are explained
    where = f"{lo + 1}..{i}" if i - lo > 1 else f"{i}"
    record = a[i] > top
    if ko:
        reason = "같은 값은 더 큰 것이 아니므로" if tie else ("더 크므로" if record else "크지 않으므로")
        notes.append(f"{i + 1}번 {slot}: 앞의 {slot} {i - lo}개({where}번)의 최댓값은 {top}, $a_{{{i + 1}}} = {a[i]}$이고 {reason} "
                     f"{'기록입니다' if record else '기록이 아닙니다'}.")
    else:
        reason = "an equal value is not enough" if tie else ("it is larger" if record else "it is not larger")
        span = f"{slots} {where}" if i - lo > 1 else f"{slot} {where}"
        notes.append(f"{slot.capitalize()} {i + 1}: the largest value of {span} is {top} and $a_{{{i + 1}}} = {a[i]}$; "
                     f"{reason}, so it is {'a record' if record else 'not a record'}.")
    if len(notes) == 2:
        break
if not notes:
    notes.append("모든 기록이 앞의 모든 값보다 큽니다." if ko else "Every record is larger than all earlier values.")
print(" ".join(notes))
