"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case["texts"]
list_, lists = texts["list"], texts.get("lists", texts["list"])
data = [int(t) for t in case["input"].split()]
n, m = data[0], data[1]
a, b = data[2:2 + n], data[2 + n:2 + n + m]
dp = [[0] * (m + 1) for _ in range(n + 1)]
for i in range(n):
    for j in range(m):
        dp[i + 1][j + 1] = dp[i][j] + 1 if a[i] == b[j] else max(dp[i][j + 1], dp[i + 1][j])
chain, i, j = [], n, m
while i and j:
    if a[i - 1] == b[j - 1]:
        chain.append(a[i - 1])
        i, j = i - 1, j - 1
    elif dp[i - 1][j] >= dp[i][j - 1]:
        i -= 1
    else:
        j -= 1
chain.reverse()
missing = [v for v in a if v not in set(b)]
if not chain:
    print(f"두 {list_}에 함께 있는 번호가 없으므로 답은 0입니다." if ko else f"No number is in both {lists}, so the answer is 0.")
else:
    shown = ", ".join(map(str, chain))
    if ko:
        note = f" 두 번째 {list_}에 없는 번호({', '.join(map(str, missing))})은(는) 쓸 수 없습니다." if missing else ""
        found = f"두 {list_} 모두에 {shown} 순서로 나타나는" if len(chain) > 1 else f"두 {list_} 모두에 나타나는 번호 {shown} 하나로 된"
        print(f"{found} 공통 부분 수열의 길이는 {len(chain)}입니다.{note} "
              f"더 긴 공통 부분 수열은 없습니다.")
    else:
        values = ", ".join(map(str, missing))
        note = "" if not missing else f" Number {values} is not in the second {list_}, so it cannot be used." \
            if len(missing) == 1 else f" Numbers {values} are not in the second {list_}, so they cannot be used."
        found = f"{shown} appear in this order" if len(chain) > 1 else f"{shown} appears"
        print(f"{found} in both {lists}, a common subsequence of length {len(chain)}.{note} "
              f"No longer one exists.")
