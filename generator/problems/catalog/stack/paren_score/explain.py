"""A sample's explanation from its input: every empty box () at depth d contributes 2^(d-1), in the theme's words."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
box = texts.get("box", "상자" if ko else "box")
s = case["input"].split()[0]
depth, parts = 0, []
for i, ch in enumerate(s):
    if ch == "(":
        depth += 1
    else:
        if s[i - 1] == "(":
            parts.append(2 ** (depth - 1))
        depth -= 1
shown = " + ".join(map(str, parts))
total = sum(parts)
if ko:
    print(f"빈 {box} `()` 하나는 자신을 감싼 {box} 하나마다 두 배가 되므로, 깊이 d인 `()`는 2^(d−1)을 보탭니다: "
          f"{shown} = {total}.")
else:
    print(f"Each empty {box} `()` is doubled once per {box} around it, so one at depth d adds 2^(d−1): "
          f"{shown} = {total}.")
