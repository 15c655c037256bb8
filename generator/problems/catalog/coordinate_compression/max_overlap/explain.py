"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()))
ivs = [(nums[1 + 2 * i], nums[2 + 2 * i]) for i in range(nums[0])]
k, p = map(int, case["output"].split()[:2])
inside = ", ".join(f"[{l}, {r}]" for l, r in ivs if l <= p <= r)
if ko:
    text = f"점 {p}은(는) 구간 {inside}에 포함됩니다({k}개). 더 많은 구간에 포함되는 점은 없고, {p}보다 작은 점 중 {k}개의 구간에 포함되는 점도 없습니다."
else:
    text = (f"The point {p} lies in the intervals {inside} ({k} of them); no point lies in more intervals, "
            f"and no smaller point lies in {k} intervals.")
print(text)
