"""A sample's explanation: one longest nested chain, found by an O(N^2) DP over the sorted sample."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n = data[0]
rects = sorted((data[1 + 2 * i], data[2 + 2 * i]) for i in range(n))
best, prev = [1] * n, [-1] * n
for i in range(n):
    for j in range(i):
        if rects[j][0] < rects[i][0] and rects[j][1] < rects[i][1] and best[j] + 1 > best[i]:
            best[i], prev[i] = best[j] + 1, j
i = max(range(n), key=lambda x: (best[x], -x))
chain = []
while i >= 0:
    chain.append(rects[i])
    i = prev[i]
chain.reverse()
answer = int(case["output"].split()[0])
shown = " ⊂ ".join(f"{w}×{h}" for w, h in chain)
if len(chain) != answer:
    print(f"답은 {answer}입니다." if ko else f"The answer is {answer}.")
elif ko:
    print(f"{shown} 순서로 넣을 수 있고, 이보다 긴 사슬은 없으므로 답은 {answer}입니다.")
else:
    print(f"They nest as {shown}, and no longer chain exists, so the answer is {answer}.")
