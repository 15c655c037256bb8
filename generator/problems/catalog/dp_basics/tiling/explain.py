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
texts = case.get("texts") or {}  # the theme's words, as in the statement
domino = texts.get("domino", "조각" if ko else "piece")
dominoes = texts.get("dominoes", "pieces")
square = texts.get("square", "정사각형" if ko else "square")
board = texts.get("board", "판" if ko else "strip")
if ko:
    colours = "한 가지 색뿐인" if k == 1 else f"{k}가지 색 중 하나인"
    text = (f"오른쪽 끝은 세로로 세운 {domino} 하나(ways[n − 1])이거나, 마지막 두 열을 채우는 2 × 2 부분입니다. 이 부분은 "
            f"가로로 눕힌 {domino} 두 개 또는 {colours} {square} 하나로 채우므로 {k + 1}가지이고, "
            f"ways[n] = ways[n − 1] + {k + 1} · ways[n − 2]입니다. N = 0일 때 덮는 방법은 1가지(ways[0] = 1)로 "
            f"셉니다. {table}")
    text += (f", … 이렇게 ways[{n}]까지 구하며 매번 1 000 000 007로 나눈 나머지를 남기면 {answer}입니다." if more
             else f"이므로 답은 {answer}입니다.")
else:
    colours = "in the only colour" if k == 1 else f"in one of {k} colours"
    text = (f"The right end is one upright {domino} (ways[n − 1]) or a 2 × 2 part filling the last two columns, which "
            f"can be filled in {k + 1} ways: two flat {dominoes}, or one {square} {colours}. So ways[n] = ways[n − 1] + "
            f"{k + 1} · ways[n − 2], and a {board} of length 0 counts as one covering (ways[0] = 1). {table}")
    text += (f", … up to ways[{n}], keeping the remainder modulo 1 000 000 007 each time: {answer}." if more
             else f", so the answer is {answer}.")
print(text)
