"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys
from collections import deque

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()))
n, k = nums[0], nums[1]
a = nums[2:2 + n]
window: deque = deque()


notes = []
for i, v in enumerate(a, start=1):
    dropped = []
    while window and window[-1][1] <= v:
        dropped.append(window.pop()[1])
    window.append((i, v))
    expired = window.popleft()[1] if window[0][0] <= i - k else None
    if dropped or expired is not None:
        parts = []
        if dropped:
            values = ", ".join(map(str, dropped))
            parts.append(f"{v} 이하인 값 {', '.join(map(str, dropped[:-1])) + ', ' if len(dropped) > 1 else ''}{dropped[-1]}이(가) 끝에서 제거됩니다" if ko else f"{values} (at most {v}) leave{'s' if len(dropped) == 1 else ''} the back")
        if expired is not None:
            parts.append(f"위치 {i - k}의 값 {expired}이(가) 오래되어 앞에서 제거됩니다" if ko else f"{expired} from position {i - k} is too old and leaves the front")
        notes.append((f"i = {i}: " + (". ".join(parts) if ko else " and ".join(parts)) + "."))
    if len(notes) == 3:
        break
print(" ".join(notes) if notes else ("어떤 항목도 제거되지 않습니다." if ko else "No entry is ever removed."))
