"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
lines = case["input"].split("\n")
n, k = map(int, lines[0].split())
a = list(map(int, lines[1].split()))
answer = case["output"].split()[0]
close = [f"({i + 1}, {j + 1}): {a[i]} XOR {a[j]} = {a[i] ^ a[j]}"
         for i in range(n) for j in range(i + 1, n) if a[i] ^ a[j] < k]
shown = "; ".join(close[:8]) + (" …" if len(close) > 8 else "")
if not close:
    text = f"XOR 값이 {k}보다 작은 쌍이 없습니다." if ko else f"No pair has an XOR below {k}."
elif ko:
    text = f"XOR 값이 {k}보다 작은 쌍은 모두 {answer}개입니다: {shown}."
else:
    text = f"The pairs with XOR below {k} are {shown}: {answer} in all."
print(text)
