"""A sample's explanation, computed from the sample: the fitting sets listed by item numbers (samples are tiny)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}
item = texts.get("item", "item")  # the theme's words, as in the statement
items = texts.get("items", item + "s")
weight = texts.get("weight", "무게" if ko else "weight")
data = list(map(int, case["input"].split()))
n, c, w = data[0], data[1], data[2:]
fitting = []
for mask in range(1 << n):
    chosen = [i + 1 for i in range(n) if mask >> i & 1]
    if sum(w[i - 1] for i in chosen) <= c:
        fitting.append("{" + ", ".join(map(str, chosen)) + "}")
more = len(fitting) > 16
shown = ", ".join(fitting if not more else fitting[:12])
if len(fitting) == 1 << n:
    print(f"모든 {item}의 {weight} 합이 {sum(w)}(으)로 {c} 이하이므로, 빈 집합을 포함한 2^{n} = {len(fitting)}개의 집합이 모두 "
          "들어맞습니다." if ko else
          f"The {weight}s of all the {items} add up to {sum(w)}, at most {c}, so all 2^{n} = {len(fitting)} sets fit, the empty set "
          "included.")
else:
    print(f"합이 {c} 이하인 집합은 모두 {len(fitting)}개이고, 번호로 나타내면 {shown}{' 등' if more else ''}입니다." if ko
          else f"The sets (by {item} number) with total at most {c} are {shown}{', …' if more else ''}: "
               f"{len(fitting)} in all.")
