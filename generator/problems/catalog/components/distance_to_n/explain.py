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
    print(f"{node} 1에서 {node} N으로 가는 길이 없습니다." if k < 0 else
          f"가장 짧은 길은 {edge} {k}개를 지납니다. 더 긴 길이 있어도 가장 짧은 길만 셉니다.")
else:
    print(f"There is no route from {node} 1 to {node} N." if k < 0 else
          f"The shortest route uses {k} {edge if k == 1 else edges}; longer routes may exist but do not count.")
