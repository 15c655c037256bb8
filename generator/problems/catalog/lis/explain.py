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
listed, repeated = "", False
if variant == "count":  # every longest subsequence by its positions, when there are few (samples are small)
    def extend(path):
        if len(path) == best:
            yield path
            return
        for k in range(path[-1] + 1 if path else 0, n):
            if not path or values[path[-1]] < values[k]:
                yield from extend(path + [k])
    found = []
    for path in extend([]):
        found.append(path)
        if len(found) > 6:
            break
    if len(found) == int(answer[1]) <= 6:
        items = [f"{', '.join(str(k + 1) for k in p)} ({', '.join(str(values[k]) for k in p)})" for p in found]
        listed = "; ".join(items)
        repeated = len({tuple(values[k] for k in p) for p in found}) < len(found)
if ko:
    kind = "증가하는" if strict else "감소하지 않는"
    text = f"가장 긴 {kind} 부분 수열의 길이는 {best}입니다" + (f"(예: {shown})." if shown else ".")
    if variant == "count" and listed:
        text = f"가장 긴 {kind} 부분 수열의 길이는 {best}이고, 고른 위치(값)로 적으면 {listed}의 {answer[1]}개입니다."
        if repeated:
            text += " 값이 같아도 고른 위치가 다르면 다른 부분 수열로 셉니다."
    elif variant == "count":
        text += f" 이런 부분 수열은 (10^9+7로 나눈 나머지로) {answer[1]}개입니다."
    print(text)
else:
    kind = "strictly increasing" if strict else "non-decreasing"
    text = f"The longest {kind} subsequence has length {best}" + (f" (for example {shown})." if shown else ".")
    if variant == "count" and listed:
        text = f"The longest {kind} subsequences have length {best}; listed as chosen positions (values), they are {listed}: " \
               f"{answer[1]} in all."
        if int(answer[1]) == 1:
            text = f"The longest {kind} subsequence has length {best}, and only positions {listed} give one."
        if repeated:
            text += " Equal values at different positions make different subsequences."
    elif variant == "count":
        are = "is" if int(answer[1]) == 1 else "are"
        text += f" There {are} {answer[1]} of them (modulo 10^9+7)."
    print(text)
