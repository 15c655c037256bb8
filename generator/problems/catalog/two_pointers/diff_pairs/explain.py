"""A sample's explanation: lists the pairs of values that differ by K (computed from the sample)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"


toks = case["input"].split()
n, k = int(toks[0]), int(toks[1])
a = [int(v) for v in toks[2:2 + n]]
pairs = [(a[i], a[j]) for i in range(n) for j in range(i + 1, n) if a[j] - a[i] == k]
shown = ", ".join(f"({x}, {y})" for x, y in pairs)
if not pairs:
    print(f"차이가 {k}인 두 값이 없으므로 답은 0입니다." if ko else f"No two values differ by {k}, so the answer is 0.")
elif ko:
    print(f"차이가 {k}인 값의 쌍은 {shown}(으)로 모두 {len(pairs)}개입니다.")
else:
    print(f"The pairs of values that differ by {k} are {shown}: {len(pairs)} in all.")
