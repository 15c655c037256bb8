"""A sample's explanation: the sorted values, the cost of the answer and of one more (samples are tiny), in the
theme's words (themes.toml: ex_unit, ex_what, and the Korean counter ex_counter)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}
data = list(map(int, case["input"].split()))
n, k = data[0], data[1]
a = sorted(data[2:2 + n])
m = int(case["output"].split()[0])


def cost(target):
    return sum(max(0, target - v) for v in a[n // 2:])


shown = ", ".join(map(str, a))
if ko:
    unit, counter, what = texts.get("ex_unit", ""), texts.get("ex_counter", "번"), texts.get("ex_what", "값")
    spent = f"{unit} {cost(m)}{counter}".strip()
    print(f"정렬하면 {shown}입니다. 중앙값을 {m}(으)로 만들려면 가운데와 그 뒤의 {what}을(를) 올리는 데 {spent}이(가) "
          f"필요하고(K = {k} 이하), {m + 1}(으)로 만들려면 {cost(m + 1)}{counter}이(가) 필요해 {k}{counter}을(를) 넘습니다.")
else:
    unit, what = texts.get("ex_unit", "increments"), texts.get("ex_what", "value")
    print(f"Sorted: {shown}. Making the median {m} takes {cost(m)} {unit} on the middle {what} and those above "
          f"it (at most K = {k}); making it {m + 1} would take {cost(m + 1)} > {k}.")
