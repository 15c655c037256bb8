"""A sample's explanation: one longest chain with steps of at most K, found by an O(N^2) DP over the sample."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, k, a = data[0], data[1], data[2:]
best, prev = [1] * n, [-1] * n
for i in range(n):
    for j in range(i):
        if a[i] - k <= a[j] < a[i] and best[j] + 1 > best[i]:
            best[i], prev[i] = best[j] + 1, j
i = max(range(n), key=lambda x: (best[x], -x))
chain = []
while i >= 0:
    chain.append(a[i])
    i = prev[i]
chain.reverse()
answer = int(case["output"].split()[0])
shown = ", ".join(map(str, chain))
if len(chain) != answer:
    print(f"답은 {answer}입니다." if ko else f"The answer is {answer}.")
elif ko:
    print(f"{shown} 순서로 고르면 이웃한 값의 차이가 모두 1 이상 {k} 이하이고, 이보다 길게 고를 수는 없으므로 답은 {answer}입니다.")
else:
    print(f"Choosing {shown} makes every step between 1 and {k}, and no longer choice exists, so the answer is {answer}.")
