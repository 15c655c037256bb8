"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the things and their kinds)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
kind_word = texts.get("kind", "종류" if ko else "kind")
things = texts.get("things", "items")
tokens = case["input"].split()
n = int(tokens[0])
count = {}
for kind in tokens[2:2 + 2 * n:2]:
    count[kind] = count.get(kind, 0) + 1
factors = " × ".join(f"({c} + 1)" for c in count.values())
if ko:
    kinds = ", ".join(f"`{k}`인 것이 {c}개" for k, c in count.items())
    print(f"{kind_word}별로 {kinds}입니다. {kind_word}마다 하나도 고르지 않거나 하나를 고르고, 아무것도 고르지 않는 경우 하나를 빼면 "
          f"{factors} − 1 = {case['output'].strip()}가지입니다.")
else:
    kinds = ", ".join(f"{c} of `{k}`" for k, c in count.items())
    print(f"By {kind_word}: {kinds}. Each {kind_word} is left out or gives one of its {things}, and the "
          f"empty choice is not allowed: {factors} − 1 = {case['output'].strip()} sets.")
