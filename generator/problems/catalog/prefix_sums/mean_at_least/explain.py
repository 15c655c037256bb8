"""A sample's explanation: the stretches whose average is at least K (samples are tiny)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, k = data[0], data[1]
a = data[2:2 + n]
good = [(l + 1, r + 1) for l in range(n) for r in range(l, n) if sum(a[l:r + 1]) >= k * (r - l + 1)]
# The stretches with their sums and lengths, not how to count them (subtracting K from every value, which the
# explanation said before, is the whole solution).
total = {(l, r): sum(a[l - 1:r]) for l, r in good}
shown = ", ".join(f"[{l}, {r}] ({total[l, r]}/{r - l + 1})" for l, r in good[:8]) + (", …" if len(good) > 8 else "")

if not good:
    print(f"평균이 {k} 이상인 구간이 없으므로 답은 0입니다." if ko else f"No stretch has an average of at least {k}, so the answer is 0.")
elif ko:
    print(f"평균이 {k} 이상인 구간(괄호 안은 합/길이)은 {shown}이고, 모두 {len(good)}개입니다.")
else:
    print(f"The stretches with an average of at least {k} (sum/length in brackets) are {shown}: {len(good)} in all.")
