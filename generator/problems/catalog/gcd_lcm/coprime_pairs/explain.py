"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys
from math import gcd

case = json.load(sys.stdin)
ko = case["language"] == "ko"


values = list(map(int, case["input"].split()[1:]))
answer = case["output"].strip()
pairs = [f"({a_i}, {a_j})" for i, a_i in enumerate(values) for a_j in values[i + 1:] if gcd(a_i, a_j) == 1]
SHOWN = 8
listing = ", ".join(pairs[:SHOWN]) + (", …" if len(pairs) > SHOWN else "")
if not pairs:  # every pair shares a factor: show the first few gcds
    shared = [f"gcd({a_i}, {a_j}) = {gcd(a_i, a_j)}" for i, a_i in enumerate(values) for a_j in values[i + 1:]]
    shown = ", ".join(shared[:4]) + (", …" if len(shared) > 4 else "")
    common = 0
    for v in values:
        common = gcd(common, v)
    if common > 1 and shared:
        print(f"모든 값이 {common}의 배수라서 어느 두 값도 서로소가 아니므로 0입니다." if ko else
              f"Every value is a multiple of {common}, so no two values are coprime and the answer is 0.")
    elif not shared:
        print("값이 하나뿐이라 쌍이 없으므로 0입니다." if ko else "With a single value there is no pair, so the answer is 0.")
    else:
        print(f"어느 두 값도 서로소가 아니므로({shown}) 0입니다." if ko else
              f"No two values are coprime ({shown}), so the answer is 0.")
elif ko:
    print(f"서로소인 값의 쌍은 {listing}(으)로, 모두 {answer}개입니다.")
else:
    print(f"The coprime pairs of values are {listing}: {answer} in all.")
