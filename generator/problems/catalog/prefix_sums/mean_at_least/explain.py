"""A sample's explanation: the stretches whose average is at least K (samples are tiny)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, k = data[0], data[1]
a = data[2:2 + n]
good = [(l + 1, r + 1) for l in range(n) for r in range(l, n) if sum(a[l:r + 1]) >= k * (r - l + 1)]
shown = ", ".join(f"[{l}, {r}]" for l, r in good[:8]) + (" …" if len(good) > 8 else "")
b = ", ".join(str(v - k) for v in a)


if not good:
    print(f"평균이 {k} 이상인 구간이 없으므로 답은 0입니다." if ko else f"No stretch has an average of at least {k}, so the answer is 0.")
elif ko:
    print(f"각 값에서 {k}을(를) 빼면 {b}이(가) 되고, 합이 0 이상인 구간이 평균 {k} 이상인 구간입니다: {shown}. 모두 {len(good)}개입니다.")
else:
    print(f"Subtracting {k} from every value gives {b}; a stretch has an average of at least {k} exactly when its new "
          f"sum is at least 0: {shown}, {len(good)} in all.")
