"""A sample's explanation: lists the blocks with exactly K different values (computed from the sample)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"


toks = case["input"].split()
n, k = int(toks[0]), int(toks[1])
a = [int(v) for v in toks[2:2 + n]]
blocks = [(l + 1, r + 1) for l in range(n) for r in range(l, n) if len(set(a[l:r + 1])) == k]
shown = ", ".join(f"[{l}, {r}]" for l, r in blocks[:10]) + (", ..." if len(blocks) > 10 else "")
if not blocks:
    print(f"서로 다른 값이 정확히 {k}개인 구간이 없으므로 답은 0입니다." if ko
          else f"No block has exactly {k} different values, so the answer is 0.")
elif ko:
    print(f"서로 다른 값이 정확히 {k}개인 구간은 {shown}(으)로 모두 {len(blocks)}개입니다.")
else:
    print(f"The blocks with exactly {k} different values are {shown}: {len(blocks)} in all.")
