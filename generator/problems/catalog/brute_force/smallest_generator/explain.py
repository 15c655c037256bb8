"""A sample's explanation: every generator of N (samples are small), or why there is none."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
n = int(case["input"].split()[0])


def d(m):
    return m + sum(map(int, str(m)))


found = [m for m in range(1, n) if d(m) == n]
if found:
    shown = ", ".join(f"{m} + {' + '.join(str(m))} = {n}" for m in found)
    print(f"{shown}. 가장 작은 생성자는 {found[0]}입니다." if ko else
          f"{shown}. The smallest generator is {found[0]}.")
else:
    print(f"D(M) = {n}인 M이 없으므로 0을 출력합니다." if ko else f"No M has D(M) = {n}, so the answer is 0.")
