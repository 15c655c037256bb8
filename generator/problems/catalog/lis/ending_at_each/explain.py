"""A sample's explanation: where the largest L_i is, and one choice that reaches it (O(N^2) DP over the sample)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
a = list(map(int, case["input"].split()[1:]))
n = len(a)
ends, prev = [1] * n, [-1] * n
for i in range(n):
    for j in range(i):
        if a[j] < a[i] and ends[j] + 1 > ends[i]:
            ends[i], prev[i] = ends[j] + 1, j
printed = case["output"].split()
top = max(range(n), key=lambda x: (ends[x], -x))
chain, i = [], top
while i >= 0:
    chain.append(i)
    i = prev[i]
chain.reverse()
shown = ", ".join(str(a[i]) for i in chain)
places = ", ".join(str(i + 1) for i in chain)
if printed != [str(v) for v in ends]:
    print("각 위치의 값은 출력과 같습니다." if ko else "The values are as printed.")
elif ko:
    print(f"예를 들어 {top + 1}번 위치에서 끝나는 가장 긴 선택 중 하나는 {places}번 위치의 값 {shown}이므로 "
          f"L_{top + 1} = {ends[top]}입니다.")
else:
    print(f"For example, a longest choice ending at position {top + 1} takes the values {shown} at positions "
          f"{places}, so L_{top + 1} = {ends[top]}.")
