"""A sample's explanation: the longest matching prefix at the position with the largest pi (computed)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
toks = case["input"].split()
n, s = int(toks[0]), toks[1]


def pi_at(i):  # 1-based position i
    return next((L for L in range(i - 1, 0, -1) if s[:L] == s[i - L:i]), 0)


values = [pi_at(i) for i in range(1, n + 1)]
top = max(range(n), key=lambda j: (values[j], -j))
if values[top] == 0:
    print("어떤 위치에서도 앞부분과 같은 조각이 끝나지 않으므로 모든 $\\pi_i$가 0입니다." if ko
          else "No position ends a piece equal to a prefix, so every $\\pi_i$ is 0.")
else:
    i, L = top + 1, values[top]
    if ko:
        # no particle right after a Latin string (`lnl`는 reads 엘 → 은): the copula 입니다 fits any ending
        print(f"위치 {i}에서 끝나는 {L}글자와 앞 {L}글자는 둘 다 `{s[i - L:i]}`입니다. 더 긴 길이로는 같지 않으므로 "
              f"$\\pi_{{{i}}} = {L}$입니다.")
    else:
        letters = "letter" if L == 1 else "letters"
        print(f"The {L} {letters} `{s[i - L:i]}` ending at position {i} equal the first {L} {letters} and no longer "
              f"length works, so $\\pi_{{{i}}} = {L}$.")
