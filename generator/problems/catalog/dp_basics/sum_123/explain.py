"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
counts = list(map(int, case["input"].split()[1:]))
answers = case["output"].split()
texts = case.get("texts") or {}  # the theme's words, as in the statement
piece = texts.get("piece", "조각" if ko else "piece")

ways = [1, 1, 2, 4]
while len(ways) < 11:
    ways.append(ways[-1] + ways[-2] + ways[-3])
table = ", ".join(f"{n}: {ways[n]}" for n in range(0, 9))
shown = "; ".join(f"N = {n} → {a}" for n, a in list(zip(counts, answers))[:4])
if ko:
    print(f"마지막 {piece}의 길이는 1, 2, 3 중 하나이므로 ways[n] = ways[n − 1] + ways[n − 2] + ways[n − 3]이고, "
          f"아무것도 놓지 않는 방법 하나가 ways[0] = 1입니다. 작은 길이부터: {table}, … 큰 길이에서는 더할 때마다 "
          f"1 000 000 007로 나눈 나머지만 남깁니다. {shown}.")
else:
    print(f"The last {piece} has length 1, 2 or 3, so ways[n] = ways[n − 1] + ways[n − 2] + ways[n − 3], and placing "
          f"nothing is the one way to fill length 0: ways[0] = 1. From the small lengths up: {table}, … For long "
          f"lengths keep only the remainder modulo 1 000 000 007 after every addition. {shown}.")
