"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON.

It shows one best run and its sum, not how to find it (the running best it printed before gave the solution away)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
a = data[1:data[0] + 1]
answer = case["output"].strip()

end, start, best, span = a[0], 0, a[0], (0, 0)
for i in range(1, len(a)):
    if end < 0:
        end, start = a[i], i
    else:
        end += a[i]
    if end > best:
        best, span = end, (start, i)
lo, hi = span
texts = case.get("texts") or {}  # the theme's words, as in the statement
day = texts.get("day", "칸" if ko else "position")
days = texts.get("days", "positions")

where_ko = f"{lo + 1}번째 {day} 하나" if lo == hi else f"{lo + 1}번째 {day}부터 {hi + 1}번째 {day}까지"
where_en = f"{day} {lo + 1} alone" if lo == hi else f"the {days} from {lo + 1} to {hi + 1}"
part = a[lo:hi + 1]
total = " + ".join(f"({v})" if v < 0 else str(v) for v in part) if len(part) <= 12 else (
    f"{a[lo]} + … + {a[hi]}")
shown = f"{total} = {answer}" if lo != hi else answer
if ko:
    chosen = f"{where_ko}만 고르면" if lo == hi else f"{where_ko}의 합이"
    print(f"{chosen} {shown}이고, 다른 어떤 연속한 {day}의 합도 이보다 크지 않습니다.")
else:
    verb = "gives" if lo == hi else "add up to"
    print(f"{where_en[0].upper() + where_en[1:]} {verb} {shown}; no other run of consecutive {days} adds up to more.")
