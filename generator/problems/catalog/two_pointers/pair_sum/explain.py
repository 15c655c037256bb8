"""A sample's explanation: lists the pairs of positions whose values add up to X (computed from the sample)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"


toks = case["input"].split()
n, x = int(toks[0]), int(toks[1])
a = [int(v) for v in toks[2:2 + n]]
pairs = [(i + 1, j + 1) for i in range(n) for j in range(i + 1, n) if a[i] + a[j] == x]
shown = ", ".join(f"({i}, {j})" for i, j in pairs[:8]) + (", ..." if len(pairs) > 8 else "")
if ko:
    print(f"합이 {x}인 위치 쌍은 {shown}(으)로 모두 {len(pairs)}개입니다." if pairs else f"합이 {x}인 쌍이 없으므로 답은 0입니다.")
else:
    print(f"The pairs of positions with sum {x} are {shown}: {len(pairs)} in all." if pairs
          else f"No two values add up to {x}, so the answer is 0.")
