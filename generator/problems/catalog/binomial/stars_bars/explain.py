"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words, as in the statement)."""
import json
import sys
from math import comb

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
else:
    def shares(total, parts):
        """the shares, in order, of `parts` people getting at least `low` each out of `total`"""
        if parts == 1:
            yield (total,)
            return
        for first in range(low, total - low * (parts - 1) + 1):
            for rest_ in shares(total - first, parts - 1):
                yield (first,) + rest_

    def count(total, parts):
        return comb(total - low * parts + parts - 1, parts - 1)

    every = shares(n, k)
    head = [next(every) for _ in range(min(3, int(ans) if ans.isdigit() and len(ans) < 3 else 3))]
    last = tuple([n - low * (k - 1)] + [low] * (k - 1))
    listed = ", ".join(f"({', '.join(map(str, t))})" for t in head)
    if last not in head:
        listed += f", …, ({', '.join(map(str, last))})" if count(n, k) > len(head) + 1 else f", ({', '.join(map(str, last))})"
    firsts = list(range(low, n - low * (k - 1) + 1))
    split = [count(n - f, k - 1) for f in firsts]
    if ko:
        text = f"{people} {k}명이 받는 수를 차례로 적으면 {listed}" + ("입니다." if k > 1 else "뿐입니다.")
        if k > 2 and len(firsts) > 1:
            shown = firsts if len(firsts) <= 6 else firsts[:3] + ["…"] + firsts[-1:]
            ways = split if len(firsts) <= 6 else split[:3] + ["…"] + split[-1:]
            gets = ", ".join(f"{v}{unit}" if v != "…" else v for v in shown)
            text += (f" 첫 번째 {people}이(가) {gets}을(를) 받을 때 나머지를 나누는 방법이 각각 "
                     f"{', '.join(map(str, ways))}가지이므로 모두 {ans}가지입니다.")
        elif k == 2:
            text += f" 첫 번째 {people}이(가) 받는 수에 따라 나머지가 정해지므로 모두 {ans}가지입니다."
        print(text)
    else:
        text = f"The shares of the {k} {people}, in order: {listed}" if k > 1 else f"The only share is {listed}"
        if k > 2 and len(firsts) > 1:
            shown = firsts if len(firsts) <= 6 else firsts[:3] + ["…"] + firsts[-1:]
            ways = split if len(firsts) <= 6 else split[:3] + ["…"] + split[-1:]
            text += (f". With the first {person} getting {', '.join(map(str, shown))} there are "
                     f"{', '.join(map(str, ways))} ways for the rest, {ans} in all.")
        elif k == 2:
            text += f": the first {person}'s share fixes the other, so {ans} {'way' if ans == '1' else 'ways'} in all."
        else:
            text += "."
        print(text)
