"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = case["input"].split()
s, answers = data[0], case["output"].split()
l, r = int(data[2]), int(data[3])
piece = s[l - 1:r]
k = len(piece)
terms = " + ".join(f"{ord(ch) - 96}·31^{k - 1 - i}" for i, ch in enumerate(piece))
if ko:
    text = f"첫 질문의 부분 `{piece}`에 대해 H({l}, {r}) = ({terms}) mod 1000000007 = {answers[0]}입니다."
else:
    text = f"The first question's piece is `{piece}`: H({l}, {r}) = ({terms}) mod 1000000007 = {answers[0]}."
print(text)
