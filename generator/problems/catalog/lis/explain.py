"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON and
shows one optimal subsequence (found by an O(N^2) DP over the sample)."""
import json
import sys

case = json.load(sys.stdin)
variant, ko = case["params"]["variant"], case["language"] == "ko"
values = list(map(int, case["input"].split()[1:]))
answer = case["output"].split()
n = len(values)
strict = variant != "non_decreasing"
weight = (lambda x: x) if variant == "max_sum" else (lambda x: 1)
score, prev = [weight(v) for v in values], [-1] * n
for i in range(n):
    for j in range(i):
        fits = values[j] < values[i] if strict else values[j] <= values[i]
        if fits and score[j] + weight(values[i]) > score[i]:
            score[i], prev[i] = score[j] + weight(values[i]), j
i = max(range(n), key=lambda x: (score[x], -x))
seq = []
while i >= 0:
    seq.append(values[i])
    i = prev[i]
seq.reverse()
best = int(answer[0])
shown = ", ".join(map(str, seq)) if (sum(seq) if variant == "max_sum" else len(seq)) == best else ""
if variant == "max_sum":
    if ko:
        print(f"합이 가장 큰 증가하는 부분 수열 중 하나는 {shown}이고, 합은 {best}입니다." if shown else f"답은 {best}입니다.")
    else:
        print(f"An increasing subsequence with the largest sum is {shown}, with total {best}." if shown else
              f"The answer is {best}.")
    sys.exit()
if ko:
    kind = "증가하는" if strict else "감소하지 않는"
    text = f"가장 긴 {kind} 부분 수열의 길이는 {best}입니다" + (f"(예: {shown})." if shown else ".")
    if variant == "count":
        text += f" 이런 부분 수열은 (10^9+7로 나눈 나머지로) {answer[1]}개입니다."
    print(text)
else:
    kind = "strictly increasing" if strict else "non-decreasing"
    text = f"The longest {kind} subsequence has length {best}" + (f" (for example {shown})." if shown else ".")
    if variant == "count":
        are = "is" if int(answer[1]) == 1 else "are"
        text += f" There {are} {answer[1]} of them (modulo 10^9+7)."
    print(text)
