"""A sample's explanation: the stretches whose sum is a multiple of M, with their sums (samples are tiny)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, m = data[0], data[1]
a = data[2:2 + n]
prefix = [0]
for v in a:
    prefix.append(prefix[-1] + v)
good = [(l, r) for l in range(1, n + 1) for r in range(l, n + 1) if (prefix[r] - prefix[l - 1]) % m == 0]
# The stretches with their sums, not how to count them (pairing prefix sums by remainder, which the explanation said
# before, is the whole solution).
shown = ", ".join(f"[{l}, {r}] ({prefix[r] - prefix[l - 1]})" for l, r in good[:8]) + (", …" if len(good) > 8 else "")
if ko:
    print(f"합이 {m}의 배수인 구간(괄호 안은 합)은 {shown}이고, 모두 {len(good)}개입니다." if good
          else f"합이 {m}의 배수인 구간이 없으므로 답은 0입니다.")
else:
    print(f"The stretches whose sum is a multiple of {m} (sum in brackets) are {shown}: {len(good)} in all." if good
          else f"No stretch has a sum that is a multiple of {m}, so the answer is 0.")
