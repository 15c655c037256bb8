"""A sample's explanation, computed from the sample: the fitting sets listed by item numbers (samples are tiny)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
item = (case.get("texts") or {}).get("item", "item")  # the theme's word, as in the statement
data = list(map(int, case["input"].split()))
n, c, w = data[0], data[1], data[2:]
fitting = []
for mask in range(1 << n):
    chosen = [i + 1 for i in range(n) if mask >> i & 1]
    if sum(w[i - 1] for i in chosen) <= c:
        fitting.append("{" + ", ".join(map(str, chosen)) + "}")
more = len(fitting) > 12
shown = ", ".join(fitting[:12])
print(f"합이 {c} 이하인 집합은 모두 {len(fitting)}개이고, 번호로 나타내면 {shown}{' 등' if more else ''}입니다." if ko
      else f"The sets (by {item} number) with total at most {c} are {shown}{', ...' if more else ''}: "
           f"{len(fitting)} in all.")
