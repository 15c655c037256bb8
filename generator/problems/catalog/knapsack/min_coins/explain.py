"""A sample's explanation: one way with the fewest coins (stamps, weights) (rebuilt from the same table), or why none exists."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, t = data[0], data[1]
coins = data[2:2 + n]
answer = int(case["output"].split()[0])
if answer < 0:
    print(f"{t}을(를) 정확히 만들 수 없으므로 -1입니다." if ko else f"No combination adds up to exactly {t}, so the answer is -1.")
    sys.exit()
INF = t + 1
best, last = [0] + [INF] * t, [0] * (t + 1)
for s in range(1, t + 1):
    for c in coins:
        if c <= s and best[s - c] + 1 < best[s]:
            best[s], last[s] = best[s - c] + 1, c
parts, s = [], t
while s > 0 and best[s] < INF:
    parts.append(last[s])
    s -= last[s]
shown = " + ".join(map(str, sorted(parts, reverse=True)))
print(f"{t} = {shown}: {case['texts']['coin']} {answer}개가 가장 적은 개수입니다." if ko else f"{t} = {shown} uses {answer} {case['texts']['coins']}, the fewest possible.")
