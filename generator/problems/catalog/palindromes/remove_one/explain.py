"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys


case = json.load(sys.stdin)
ko = case["language"] == "ko"
words = case["input"].split()[1:]
answers = case["output"].split()
parts = []
for w, verdict in zip(words, answers):
    if w == w[::-1]:
        parts.append(f"`{w}`: 이미 팰린드롬 → {verdict}" if ko else f"`{w}` is already a palindrome: {verdict}")
        continue
    k = next((k for k in range(len(w)) if (w[:k] + w[k + 1:]) == (w[:k] + w[k + 1:])[::-1]), None)
    if k is None:
        parts.append(f"`{w}`: 어느 글자를 지워도 팰린드롬이 아님 → {verdict}" if ko
                     else f"`{w}`: no single deletion gives a palindrome: {verdict}")
    else:
        rest = w[:k] + w[k + 1:]
        parts.append(f"`{w}`: {k + 1}번째 글자를 지우면 `{rest}` → {verdict}" if ko
                     else f"`{w}`: deleting letter {k + 1} leaves `{rest}`: {verdict}")
print("; ".join(parts) + ".")
