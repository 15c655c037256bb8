"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
tokens = case["input"].split()
n = int(tokens[0])
w = tokens[2:2 + n]
pairs = [f"({i + 1}, {j + 1})" for i in range(n) for j in range(i + 1, n)
         if sum(1 for x, y in zip(w[i], w[j]) if x != y) == 1]
if ko:
    text = f"한 글자 차이인 쌍은 {len(pairs)}개입니다: {', '.join(pairs)}." if pairs else "한 글자 차이인 쌍이 없습니다."
else:
    text = f"The pairs one letter off are {', '.join(pairs)}: {len(pairs)} in all." if pairs else \
        "No pair is one letter off."
print(text)
