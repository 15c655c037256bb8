"""A sample's explanation: lists the triples of values with sum X (computed from the sample)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"


toks = case["input"].split()
n, x = int(toks[0]), int(toks[1])
a = [int(v) for v in toks[2:2 + n]]
triples = [(a[i], a[j], a[k]) for i in range(n) for j in range(i + 1, n) for k in range(j + 1, n)
           if a[i] + a[j] + a[k] == x]
shown = ", ".join(f"{p} + {q} + {r}" for p, q, r in triples[:8]) + (", ..." if len(triples) > 8 else "")
if not triples:
    print(f"합이 {x}인 서로 다른 세 값이 없으므로 답은 0입니다." if ko else f"No three different values add up to {x}, so the answer is 0.")
elif ko:
    print(f"합이 {x}인 세 값은 {shown}(으)로 모두 {len(triples)}가지입니다.")
else:
    print(f"The triples with sum {x} are {shown}: {len(triples)} in all.")
