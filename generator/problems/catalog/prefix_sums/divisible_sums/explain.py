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


def by(number):
    """Korean 으로/로 after a number read aloud: 0 (영), 3 (삼), 6 (육) end in a consonant other than ㄹ."""
    return "으로" if str(number)[-1] in "036" else "로"


if ko:
    tail = f"같은 나머지를 가진 두 위치가 구간 하나를 이룹니다: {shown}. 모두 {len(good)}개입니다." if good else "같은 나머지가 없으므로 답은 0입니다."
    print(f"P_0부터 P_{n}까지 누적 합을 {m}{by(m)} 나눈 나머지는 {rems}입니다. {tail}")
else:
    tail = f"Two positions with the same remainder make one stretch: {shown}, {len(good)} in all." if good else \
        "No remainder repeats, so the answer is 0."
    print(f"The remainders of the prefix sums P_0 .. P_{n} modulo {m} are {rems}. {tail}")
