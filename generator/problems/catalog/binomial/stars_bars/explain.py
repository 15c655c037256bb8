"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words, as in the statement)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}
items = texts.get("items", "물건" if ko else "items")
people = texts.get("people", "사람" if ko else "people")
person = texts.get("person", "person")
unit = texts.get("unit", "개")
n, k, low = map(int, case["input"].split())
ans = case["output"].strip()
rest = n - k * low
if rest < 0:
    print(f"{people} {k}명에게 {low}{unit}씩 주려면 {items} {k * low}{unit}이(가) 필요하지만 {n}{unit}뿐이므로 방법이 "
          f"없습니다." if ko else
          f"Giving {low} to each of {k} {people} needs {k * low} {items}, more than {n}: no way.")
elif ko:
    print(f"먼저 {people} {k}명에게 {low}{unit}씩 주면 {rest}{unit}이(가) 남고, 이를 나누는 방법은 "
          f"C({rest} + {k - 1}, {k - 1}) = {ans}가지입니다.")
else:
    who = f"the only {person}" if k == 1 else f"each of the {k} {people}"
    left = "nothing is left, which leaves" if rest == 0 else \
        f"the remaining {rest} {'is' if rest == 1 else 'are'} shared in"
    print(f"First give {low} to {who}; {left} C({rest} + {k - 1}, {k - 1}) = {ans} {'way' if ans == '1' else 'ways'}.")
