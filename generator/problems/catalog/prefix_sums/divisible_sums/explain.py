"""A sample's explanation: the prefix sums, their remainders and the stretches they pair up (samples are tiny)."""
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
rems = ", ".join(str(p % m) for p in prefix)
good = [(l, r) for l in range(1, n + 1) for r in range(l, n + 1) if (prefix[r] - prefix[l - 1]) % m == 0]
shown = ", ".join(f"[{l}, {r}]" for l, r in good[:8]) + (" …" if len(good) > 8 else "")


negative = next(((i, p) for i, p in enumerate(prefix) if p < 0), None)  # how a negative sum's remainder reads
if ko:
    note = f" 누적 합이 음수여도 나머지는 0 이상 {m} 미만으로 셉니다(예: $P_{{{negative[0]}}} = {negative[1]}$ → {negative[1] % m})." \
        if negative else ""
    tail = f"나머지가 같은 두 누적 합 $P_{{l-1}}$, $P_r$마다 구간 [l, r] 하나가 생깁니다: {shown}. 모두 {len(good)}개입니다." if good \
        else "나머지가 같은 두 누적 합이 없으므로 답은 0입니다."
    print(f"$P_0 = 0$, $P_i = A_1 + \\cdots + A_i$인 누적 합을 {m}(으)로 나눈 나머지는 $P_0$부터 $P_{{{n}}}$까지 차례로 {rems}입니다.{note} {tail}")
else:
    note = f" A negative sum still leaves a remainder from 0 to {m - 1} ($P_{{{negative[0]}}} = {negative[1]}$ → " \
        f"{negative[1] % m})." if negative else ""
    tail = f"Every two prefix sums $P_{{l-1}}$, $P_r$ with the same remainder give one stretch [l, r]: {shown}, {len(good)} " \
        "in all." if good else "No two prefix sums leave the same remainder, so the answer is 0."
    print(f"The prefix sums $P_0 = 0$, $P_i = A_1 + \\cdots + A_i$ leave the remainders {rems} modulo {m} ($P_0$ to "
          f"$P_{{{n}}}$).{note} "
          f"{tail}")
