"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the things being scheduled)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
item = texts.get("item", "항목" if ko else "item")
n = int(case["input"].split()[0])
out = case["output"].split()[0]
if out == "IMPOSSIBLE":
    print("규칙을 따라 시각 차이를 더해 가면 한 바퀴 돌아 자기 자신보다 먼저 시작해야 하는 모순이 생기므로 IMPOSSIBLE입니다." if ko else
          f"Adding up the rules around a loop forces some {item} to start before itself, so the rules contradict each "
          "other: IMPOSSIBLE.")
elif out == "UNBOUNDED":
    print(f"{item} {n}이(가) {item} 1보다 얼마나 늦게 시작할 수 있는지 제한하는 규칙의 연결이 없으므로 UNBOUNDED입니다." if ko else
          f"No chain of rules limits how much later {item} {n} may start than {item} 1, so the answer is UNBOUNDED.")
else:
    print(f"규칙을 간선으로 보면 1번에서 {n}번까지의 최단 거리가 x_{n} - x_1의 최댓값({out})이며, 그 값을 실제로 만들 수 있습니다." if ko else
          f"Reading every rule as an edge, the shortest distance from 1 to {n} is {out}; no schedule can exceed it "
          f"and one reaches it, so the answer is {out}.")
