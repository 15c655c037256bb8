"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
tokens = case["input"].split()
s, m = tokens[1], int(tokens[2])
answer = case["output"].split()
parts = []
for k in range(min(m, 8)):
    l, r = int(tokens[3 + 2 * k]), int(tokens[4 + 2 * k])
    piece = s[l - 1:r]
    if ko:
        parts.append(f"{l}~{r}: `{piece}`, 뒤집으면 `{piece[::-1]}` → {answer[k]}")
    else:
        parts.append(f"{l}–{r}: `{piece}` reversed is `{piece[::-1]}` → {answer[k]}")
print("; ".join(parts) + ("." if m <= 8 else " …"))
