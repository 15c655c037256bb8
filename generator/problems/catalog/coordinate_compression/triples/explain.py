"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON.
The rising triples by position (the first eight); for 0, each middle position's smaller-before × larger-after."""
import json
import sys
from itertools import combinations

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()))
a = nums[1:1 + nums[0]]
triples = [(i + 1, j + 1, k + 1) for i, j, k in combinations(range(len(a)), 3) if a[i] < a[j] < a[k]]
shown = ", ".join(f"({i}, {j}, {k})" for i, j, k in triples[:8]) + (", …" if len(triples) > 8 else "")
answer = case["output"].split()[0]
# for the 0 case: each middle position's (smaller values before) × (larger values after), all 0
middles = [(j + 1, a[j], sum(x < a[j] for x in a[:j]), sum(x > a[j] for x in a[j + 1:])) for j in range(1, len(a) - 1)]
products = ", ".join(f"{j} ({v}): {lo} × {hi}" for j, v, lo, hi in middles[:8]) + (", …" if len(middles) > 8 else "")
if ko:
    if len(triples) == 1:
        i, j, k = triples[0]
        text = f"증가하는 세 수는 위치 ({i}, {j}, {k})의 {a[i - 1]} < {a[j - 1]} < {a[k - 1]} 하나뿐입니다."
    elif triples:
        text = f"증가하는 세 수는 모두 {answer}가지이고, 그 위치는 {shown}입니다."
    elif middles:
        text = (f"가운데 위치마다 (앞에 있는 더 작은 값의 수) × (뒤에 있는 더 큰 값의 수)를 보면 {products}(으)로 모두 0이므로, "
                f"증가하는 세 수가 없어 답은 0입니다.")
    else:
        text = "수가 세 개보다 적어 세 수를 고를 수 없으므로 답은 0입니다."
else:
    if len(triples) == 1:
        i, j, k = triples[0]
        text = f"The only rising triple is at positions ({i}, {j}, {k}): {a[i - 1]} < {a[j - 1]} < {a[k - 1]}."
    elif triples:
        text = f"The rising triples are at positions {shown}: {answer} in all."
    elif middles:
        text = (f"For each middle position (value), how many smaller values come before it × how many larger come "
                f"after it: "
                f"{products}. Every product is 0, so there is no rising triple and the answer is 0.")
    else:
        text = "With fewer than three values no triple can be chosen, so the answer is 0."
print(text)
