"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the things split, their measure and the two sides)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = case["input"].split()
n = int(data[0])
values = [int(t) for t in data[1:1 + n]]
out = [int(t) for t in case["output"].split()]
d, group = out[0], out[2:]
side = sum(values[i - 1] for i in group)
other = sum(values) - side
texts = case.get("texts") or {}  # the theme's words, as in the statement
item = texts.get("item", "수" if ko else "number")
items = texts.get("items", "numbers")
w = texts.get("w", "합" if ko else "value")
side_word = texts.get("side", "쪽" if ko else "side")
chosen = ", ".join(map(str, group))
if ko:
    if group:
        head = f"{chosen}번 {item}이(가) 한쪽 {side_word}에 속하면 그쪽의 {w} 합은 {side}, 다른 쪽은 {other}"
    else:
        head = f"모든 {item}이(가) 한쪽 {side_word}에 속하면 그쪽의 {w} 합은 {other}, 다른 쪽은 0"
    print(f"{head}이므로 차이는 {d}이고, 이보다 작게 나눌 수는 없습니다. 차이가 같은 다른 나누기를 출력해도 정답입니다.")
else:
    if group:
        head = (f"Giving {item if len(group) == 1 else items} {chosen} to one {side_word} makes a total {w} of {side} "
                f"against {other} for the other {side_word}")
    else:
        head = f"Giving every {item} to one {side_word} makes a total {w} of {other} against 0 for the other {side_word}"
    print(f"{head}, a difference of {d}; no split does better. Any other split with the same difference is accepted "
          f"as well.")
