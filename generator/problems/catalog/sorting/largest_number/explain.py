"""A sample's explanation from its input alone: reads {"input", "language", "texts", ...} as JSON."""
import json
import sys
from functools import cmp_to_key


case = json.load(sys.stdin)
ko = case["language"] == "ko"
tokens = case["input"].split()
cards = tokens[1:1 + int(tokens[0])]
order = sorted(cards, key=cmp_to_key(lambda x, y: (y + x > x + y) - (y + x < x + y)))
number = "".join(order).lstrip("0") or "0"
shown = ", ".join(order)
# A neighbouring pair where one number starts the other (like 3 and 30 in the statement): plain order misleads there.
pair = next(((x, y) for x, y in zip(order, order[1:]) if x != y and (y.startswith(x) or x.startswith(y))), None)
if number == "0":
    print("모든 수가 0이므로 어떻게 놓아도 0만 이어지고, 답은 0입니다." if ko else
          "Every number is 0, so any order reads only zeros, and the answer is 0.")
elif ko:
    note = ""
    if pair:
        x, y = pair
        note = (f" 예를 들어 {x} 다음에 {y}을(를) 놓으면 {x}{y}, {y} 다음에 {x}을(를) 놓으면 "
                f"{y}{x}이므로 {x}을(를) 앞에 놓습니다.")
    print(f"{shown} 순서로 놓고 읽으면 {number}이고, 이보다 큰 수를 만드는 순서는 없습니다.{note}")
else:
    note = ""
    if pair:
        x, y = pair
        note = f" For instance {x} goes before {y}: {x} then {y} reads {x}{y}, {y} then {x} only {y}{x}."
    print(f"Laid out as {shown}, the digits read {number}; no other order reads a larger number.{note}")
