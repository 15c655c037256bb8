"""A sample's explanation: each border with its prefix (computed from the sample)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
toks = case["input"].split()
n, s = int(toks[0]), toks[1]
borders = [L for L in range(1, n) if s[:L] == s[n - L:]]
if ko:
    shown = ", ".join(f"{L}(`{s[:L]}`)" for L in borders)
    print(f"앞 L글자와 뒤 L글자가 같은 길이 L은 {shown}이고, 모두 {len(borders)}개입니다." if borders
          else "앞 L글자와 뒤 L글자가 같은 L이 없으므로 0입니다.")
else:
    shown = ", ".join(f"{L} (`{s[:L]}`)" for L in borders)
    print(f"The prefix equals the suffix for lengths {shown}: {len(borders)} in all." if borders
          else "No length L has the first L letters equal to the last L letters, so the answer is 0.")
