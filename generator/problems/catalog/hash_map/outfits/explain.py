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
count, names = {}, {}
for name, kind in zip(tokens[1:1 + 2 * n:2], tokens[2:2 + 2 * n:2]):
    count[kind] = count.get(kind, 0) + 1
    names.setdefault(kind, []).append(name)
answer = case["output"].strip()
# What the answer counts, not how (the product over kinds is the task's idea): the sets themselves when there are
# few, else only the number of things of each kind beside the answer.
LISTED = 8
sets = [[]]
if int(answer) <= LISTED:
    for kind in names:
        sets = [chosen + extra for chosen in sets for extra in [[]] + [[name] for name in names[kind]]]
    sets = [s for s in sets if s]
listed = ", ".join("{" + ", ".join(f"`{x}`" for x in s) + "}" for s in sets) if len(sets) == int(answer) else ""
if ko:
    kinds = ", ".join(f"`{k}`인 것이 {c}개" for k, c in count.items())
    tail = (f" 고를 수 있는 조합은 {listed}(으)로 {answer}가지입니다." if listed else
            f" 이들로 만들 수 있는 서로 다른 조합은 {answer}가지입니다.")
    print(f"{kind_word}별로 {kinds}입니다.{tail}")
else:
    kinds = ", ".join(f"{c} of `{k}`" for k, c in count.items())
    tail = (f" The sets are {listed}: {answer} in all." if listed else
            f" They make {answer} different sets.")
    print(f"By {kind_word}: {kinds}.{tail}")
