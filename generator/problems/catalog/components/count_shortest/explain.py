"""A sample's explanation from its executed answer: reads {"input", "output", "language", "texts"} as JSON
(texts: the theme's words for the things and the links between them)."""
import json
import sys

case = json.load(sys.stdin)
texts = case.get("texts") or {}  # the theme's words, as in the statement
ko = case["language"] == "ko"
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", "vertices")
edge = texts.get("edge", "간선" if ko else "edge")
edges = texts.get("edges", "edges")


k = int(case["output"].split()[0])
if ko:
    print(f"{node} N에는 갈 수 없습니다." if k == 0 else
          f"가장 짧은 길은 {k}가지입니다(1 000 000 007로 나눈 나머지). 더 긴 길은 세지 않습니다.")
else:
    print(f"{node[:1].upper() + node[1:]} N cannot be reached." if k == 0 else
          ("There is 1 shortest route" if k == 1 else f"There are {k} shortest routes")
          + " (modulo 1 000 000 007); longer routes are not counted.")
