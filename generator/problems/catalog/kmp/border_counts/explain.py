"""A sample's explanation: each matching length with its piece and count (computed from the sample)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
toks = case["input"].split()
n, s = int(toks[0]), toks[1]
rows = []
for length in range(1, n + 1):
    if s[:length] == s[n - length:]:
        rows.append((length, sum(1 for j in range(n - length + 1) if s.startswith(s[:length], j))))
if ko:
    print("맞는 길이와 횟수: " + ", ".join(f"{L} (`{s[:L]}`, {c}번)" for L, c in rows) + ".")
else:
    print("Matching lengths with their counts: " + ", ".join(f"{L} (`{s[:L]}`, {'once' if c == 1 else f'{c} times'})" for L, c in rows) + ".")
