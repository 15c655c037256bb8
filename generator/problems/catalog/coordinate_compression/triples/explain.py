"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys
from itertools import combinations

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()))
a = nums[1:1 + nums[0]]
triples = [(i + 1, j + 1, k + 1) for i, j, k in combinations(range(len(a)), 3) if a[i] < a[j] < a[k]]
shown = ", ".join(f"({i}, {j}, {k})" for i, j, k in triples[:8]) + (" …" if len(triples) > 8 else "")
answer = case["output"].split()[0]
if ko:
    text = f"증가하는 삼중쌍은 모두 {answer}개이고, 그 위치는 {shown}입니다." if triples else "증가하는 삼중쌍이 없으므로 답은 0입니다."
else:
    text = f"The rising triples are at positions {shown}: {answer} in all." if triples else "There is no rising triple, so the answer is 0."
print(text)
