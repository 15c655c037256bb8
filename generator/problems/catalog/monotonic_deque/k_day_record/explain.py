"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys


case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}
slot = texts.get("slot", "번" if ko else "position")
slots = texts.get("slots", slot + "s")
k_run = texts.get("k_run", "$K$개")
value = texts.get("value", "값")
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
        # The window in the theme's words: its K run ("$K$일", "돌 $K$개") with the length here ("2일", "돌 2개").
        run = k_run.replace("$K$", str(i - lo))
        span = f"{lo + 1}번째부터 {i}번째까지" if i - lo > 1 else f"{i}번째"
        reason = (f"{top}과(와) 같을 뿐 더 크지 않으므로" if tie else
                  f"{top}보다 크므로" if record else f"{top}보다 크지 않으므로")
        notes.append(f"{i + 1}번째 {slot}의 {value} {a[i]}은(는) 바로 앞 {run}({span})의 최댓값 {reason} "
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
