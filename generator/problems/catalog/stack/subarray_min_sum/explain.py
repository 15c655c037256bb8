"""A sample's explanation from its input: the blocks and their minimums, and their sum."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
toks = case["input"].split()
n = int(toks[0])
a = list(map(int, toks[1:1 + n]))
# Every block with its minimum (the first ones when there are many), not how to count them fast: each value's
# count of blocks where it is the minimum is the whole solution.
blocks = [(l, r, min(a[l:r + 1])) for l in range(n) for r in range(l, n)]
total = sum(m for _, _, m in blocks)
shown = blocks if len(blocks) <= 15 else blocks[:8]
listed = ", ".join(f"[{l + 1}, {r + 1}] {m}" for l, r, m in shown) + ("" if len(shown) == len(blocks) else ", …")
texts = case.get("texts") or {}  # the theme's words, as in the statement
stretch = texts.get("stretch", "묶음" if ko else "block")
quality = texts.get("quality", "값" if ko else "value")
if ko:
    print(f"가능한 {stretch} [i, j] {len(blocks)}개와 각각의 {quality}은(는) {listed}이고, "
          f"모두 더하면 {total}입니다.")
else:
    print(f"The {len(blocks)} choices of {stretch} [i, j] and their {quality} are {listed}; "
          f"these add up to {total}.")
