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
    print(f"꼭 필요한 {edge}은(는) {k}개입니다. 고리(사이클)에 속한 {edge}은(는) 없애도 다른 길이 "
          "남으므로 세지 않습니다.")
else:
    print(f"There {'is' if k == 1 else 'are'} {k} critical {edge if k == 1 else edges}. A {edge} on a cycle leaves "
          "another route when removed, so it is not counted.")
