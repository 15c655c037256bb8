"""A sample's explanation, computed from the sample: the common subsequence kept (the dearest one) and the price
of the rest."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = case["input"].split()
cost = [int(x) for x in data[:26]]
a, b = data[26], data[27]
n, m = len(a), len(b)
keep = [[0] * (m + 1) for _ in range(n + 1)]
for i in range(1, n + 1):
    for j in range(1, m + 1):
        keep[i][j] = max(keep[i - 1][j], keep[i][j - 1])
        if a[i - 1] == b[j - 1]:
            keep[i][j] = max(keep[i][j], keep[i - 1][j - 1] + 2 * cost[ord(a[i - 1]) - 65])
kept, i, j = [], n, m
while i and j:
    if a[i - 1] == b[j - 1] and keep[i][j] == keep[i - 1][j - 1] + 2 * cost[ord(a[i - 1]) - 65]:
        kept.append(a[i - 1])
        i, j = i - 1, j - 1
    elif keep[i][j] == keep[i - 1][j]:
        i -= 1
    else:
        j -= 1
kept = "".join(reversed(kept))
total = sum(cost[ord(ch) - 65] for ch in a + b)
answer = total - keep[n][m]
if not kept:
    print(f"같은 글자를 남길 수 없어 모두 지우며, 값은 {answer}입니다." if ko
          else f"No letter can stay, so everything is deleted for {answer}.")
else:
    print(f"모든 글자를 지우면 {total}이(가) 들고, 두 문자열 모두 `{kept}`만 남기면 {keep[n][m]}을(를) 아낄 수 "
          f"있어 지우는 값의 합은 {total} - {keep[n][m]} = {answer}입니다. 이보다 싼 방법은 없습니다." if ko
          else f"Deleting every letter would cost {total}; keeping `{kept}` in both strings saves {keep[n][m]} of "
               f"that, so the deletions cost {total} - {keep[n][m]} = {answer}, and nothing is cheaper.")
