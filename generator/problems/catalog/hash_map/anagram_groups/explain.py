"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
tokens = case["input"].split()
words = tokens[1:1 + int(tokens[0])]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
shown = "; ".join("{" + ", ".join(f"`{w}`" for w in g) + "}" for g in groups.values())
largest = max(len(g) for g in groups.values())
if ko:
    # no particle right after a word in backticks: whether 으로 or 로 fits depends on how the word is read
    print(f"묶음은 {len(groups)}개입니다: {shown}. 가장 큰 묶음에는 단어가 {largest}개 있습니다.")
else:
    print(f"The groups are {shown}: {len(groups)} groups, the largest with {largest} words.")
