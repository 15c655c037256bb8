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
if number == "0":
    print("모든 수가 0이므로 어떻게 놓아도 0만 이어지고, 답은 0입니다." if ko else
          "Every number is 0, so any order reads only zeros, and the answer is 0.")
elif ko:
    print(f"{shown} 순서로 놓고 읽으면 {number}이고, 이보다 큰 수를 만드는 순서는 없습니다.")
else:
    print(f"Laid out as {shown}, the digits read {number}; no other order reads a larger number.")
