"""A sample's explanation: shows one longest block and its letters (computed from the sample)."""
import json
import sys


case = json.load(sys.stdin)
ko = case["language"] == "ko"
toks = case["input"].split()
n, k = int(toks[0]), int(toks[1])
s = toks[2]
best = max(((r - l, l) for l in range(n) for r in range(l + 1, n + 1) if len(set(s[l:r])) <= k),
           key=lambda t: (t[0], -t[1]))
length, l = best
block = s[l:l + length]
kinds = ", ".join(sorted(set(block)))
if ko:
    print(f"{l + 1}번째부터 {l + length}번째까지 \"{block}\"에는 {kinds}만 있어 {len(set(block))}가지이고, 더 긴 구간은 {k}가지를 넘습니다. 답은 {length}입니다."
          if length < n else f"전체 문자열에 {len(set(block))}가지 글자만 있으므로 답은 {n}입니다.")
else:
    print(f"Positions {l + 1} to {l + length}, \"{block}\", use only {kinds} ({len(set(block))} distinct); every longer block has more than {k}. The answer is {length}."
          if length < n else f"The whole string uses only {len(set(block))} distinct letters, so the answer is {n}.")
