"""A sample's explanation: lists the index pairs (i, j) whose values differ by K, each with its two values, so they
are not read as index pairs of values (computed from the sample)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"


toks = case["input"].split()
n, k = int(toks[0]), int(toks[1])
a = [int(v) for v in toks[2:2 + n]]
pairs = [(i, j) for i in range(n) for j in range(i + 1, n) if a[j] - a[i] == k]
shown = ", ".join(f"({i + 1}, {j + 1}) [{a[j]} − {a[i]}]" for i, j in pairs)
if not pairs:
    print(f"차이가 {k}인 두 값이 없으므로 답은 0입니다." if ko else f"No two values differ by {k}, so the answer is 0.")
elif ko:
    print(f"a_j − a_i = {k}인 쌍 (i, j)는 모두 {len(pairs)}개입니다: {shown}.")
else:
    print(f"The pairs (i, j) with a_j − a_i = {k} are {shown}: {len(pairs)} in all.")
