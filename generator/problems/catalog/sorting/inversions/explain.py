"""A sample's explanation from its input alone: reads {"input", "language", ...} as JSON.

The statement counts index pairs (i, j) with i < j and A_i > A_j, so the pairs are listed by their indices, with
the two values that make them an inversion (two equal values at other places are two different pairs)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
tokens = case["input"].split()
n = int(tokens[0])
a = list(map(int, tokens[1:1 + n]))
pairs = [f"({i + 1}, {j + 1}): {a[i]} > {a[j]}" for i in range(n) for j in range(i + 1, n) if a[i] > a[j]]
shown = "; ".join(pairs[:8]) + ("; ..." if len(pairs) > 8 else "")
if ko:
    print(f"i < j이고 A_i > A_j인 쌍 (i, j)는 {len(pairs)}개입니다" + (f": {shown}." if pairs else "."))
else:
    print(f"There {'is 1 pair' if len(pairs) == 1 else f'are {len(pairs)} pairs'} (i, j) with i < j and A_i > A_j"
          + (f": {shown}." if pairs else "."))
