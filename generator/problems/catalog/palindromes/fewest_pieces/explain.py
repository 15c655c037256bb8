"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
s = case["input"].split()[1]
n = len(s)
answer = case["output"].split()[0]
best, start = [0] + [n + 1] * n, [0] * (n + 1)
for k in range(1, n + 1):  # small samples: the plain DP with the last piece's start kept to rebuild a cut
    for j in range(k):
        piece = s[j:k]
        if piece == piece[::-1] and best[j] + 1 < best[k]:
            best[k], start[k] = best[j] + 1, j
pieces, k = [], n
while k > 0:
    pieces.append(s[start[k]:k])
    k = start[k]
shown = " | ".join(f"`{p}`" for p in reversed(pieces))
if ko:
    text = f"예를 들어 {shown}처럼 자르면 모든 조각이 팰린드롬이고, 더 적은 조각으로는 자를 수 없으므로 답은 {answer}입니다."
else:
    text = f"For example {shown}: every piece is a palindrome, and no cut into fewer pieces works, so the answer is {answer}."
print(text)
