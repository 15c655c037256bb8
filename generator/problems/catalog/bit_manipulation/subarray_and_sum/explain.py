"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
a = list(map(int, case["input"].split()[1:]))
total = case["output"].strip()
terms = []
for left in range(len(a)):
    acc = a[left]
    for right in range(left, len(a)):
        acc &= a[right]
        terms.append(str(acc))
if ko:
    print(f"구간 [1, 1], [1, 2], ..., [{len(a)}, {len(a)}]의 AND는 차례로 {', '.join(terms)}이고, 합은 {total}입니다.")
else:
    print(f"The ANDs of the windows [1, 1], [1, 2], ..., [{len(a)}, {len(a)}] are {', '.join(terms)}; their sum is {total}.")
