"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
n, k = map(int, case["input"].split())
answer = case["output"].strip()
MOD = 1_000_000_007

ways = [1, 1]
for i in range(2, min(n, 6) + 1):
    ways.append((ways[-1] + (k + 1) * ways[-2]) % MOD)
table = ", ".join(f"ways[{i}] = {w}" for i, w in enumerate(ways))
more = n > 6
if ko:
    text = (f"오른쪽 끝은 세로로 세운 조각 하나(ways[n − 1])이거나, 마지막 두 열을 채우는 2 × 2 덩어리입니다. 덩어리는 "
            f"가로로 눕힌 조각 두 개 또는 {k}가지 색의 정사각형 하나이므로 {k + 1}가지이고, ways[n] = ways[n − 1] + "
            f"{k + 1} · ways[n − 2]입니다. 빈 판을 덮는 방법은 1가지(ways[0] = 1)입니다. {table}")
    text += (f", … 이렇게 ways[{n}]까지 구하며 매번 1 000 000 007로 나눈 나머지를 남기면 {answer}입니다." if more
             else f"이므로 답은 {answer}입니다.")
else:
    text = (f"The right end is one upright piece (ways[n − 1]) or a 2 × 2 block filling the last two columns: two flat "
            f"pieces or a square in one of {k} colours, {k + 1} blocks in all, so ways[n] = ways[n − 1] + {k + 1} · "
            f"ways[n − 2], and the empty strip has one covering (ways[0] = 1). {table}")
    text += (f", … up to ways[{n}], keeping the remainder modulo 1 000 000 007 each time: {answer}." if more
             else f", so the answer is {answer}.")
print(text)
