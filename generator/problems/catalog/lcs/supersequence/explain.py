"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON.
Builds one shortest common supersequence and shows it."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
a, b = case["input"].split()
n, m = len(a), len(b)
best = [[0] * (m + 1) for _ in range(n + 1)]
for i in range(n - 1, -1, -1):
    for j in range(m - 1, -1, -1):
        best[i][j] = best[i + 1][j + 1] + 1 if a[i] == b[j] else max(best[i + 1][j], best[i][j + 1])
out, i, j = [], 0, 0
while i < n and j < m:
    if a[i] == b[j]:
        out.append(a[i])
        i, j = i + 1, j + 1
    elif best[i + 1][j] >= best[i][j + 1]:
        out.append(a[i])
        i += 1
    else:
        out.append(b[j])
        j += 1
word = "".join(out) + a[i:] + b[j:]
answer = case["output"].strip()


if ko:
    print(f'{f"예를 들어 `{word}`"}은(는)' + " " + f'{f"`{a}`"}과(와)' + " " + f'{f"`{b}`"}을(를)'
          + f" 모두 부분 수열로 가지며 길이가 {answer}입니다. 더 짧은 문자열은 없습니다.")
else:
    print(f"For example, `{word}` has both `{a}` and `{b}` as subsequences and has length {answer}; no shorter string does.")
