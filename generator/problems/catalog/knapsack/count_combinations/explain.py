"""A sample's explanation, computed from the sample: every way listed as a sum (samples have few), or the count."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
items = (case.get("texts") or {}).get("items", "items")  # the theme's word (coins, stamps, weights)
data = list(map(int, case["input"].split()))
n, s = data[0], data[1]
values = sorted(data[2:2 + n], reverse=True)
found = []


def search(k, left, used):
    if left == 0:
        found.append(used)
        return
    if k == n or len(found) > 8:
        return
    for count in range(left // values[k], -1, -1):
        search(k + 1, left - count * values[k], used + [values[k]] * count)


search(0, s, [])
shown = "; ".join(" + ".join(map(str, way)) for way in found[:8])
if not found:
    print(f"합이 정확히 {s}인 방법이 없으므로 답은 0입니다." if ko else
          f"No choice adds up to exactly {s}, so the answer is 0.")
elif len(found) > 8:
    print(f"방법이 많아 일부만 적으면 {shown} 등입니다." if ko else f"There are many ways, for example {shown}.")
elif ko:
    print(f"방법은 {len(found)}가지입니다: {shown}. 순서만 다른 것은 같은 방법으로 셉니다.")
else:
    print(f"There {'is' if len(found) == 1 else 'are'} {len(found)} way{'' if len(found) == 1 else 's'}: {shown}. "
          f"The same {items} in another order are the same way.")
