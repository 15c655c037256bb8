"""A sample's explanation: the sorted table up to the K-th value (samples are tiny)."""
import json
import sys


NATIVE = ("첫", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열")


def nth(k):
    """Korean ordinal: 첫 번째, 두 번째, ..., 열 번째, then 11번째 ("1번째" does not read)."""
    return f"{NATIVE[k - 1]} 번째" if 1 <= k <= len(NATIVE) else f"{k}번째"


case = json.load(sys.stdin)
ko = case["language"] == "ko"
n, m, k = map(int, case["input"].split())
values = sorted(i * j for i in range(1, n + 1) for j in range(1, m + 1))
x = int(case["output"].split()[0])
shown = ", ".join(map(str, values[:k]))
if ko:
    print(f"곱을 작은 순서로 늘어놓으면 {shown} … 이므로 {nth(k)} 값은 {x}입니다.")
else:
    print(f"In increasing order the products are {shown}, …, so the value at position {k} is {x}.")
