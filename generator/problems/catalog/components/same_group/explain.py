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


yes = case["output"].split()[0] == "YES"
if ko:
    print(f"A에서 {edge}을(를) (양방향으로) 따라가면 B에 닿습니다." if yes else
          f"A에서 {edge}을(를) 어떻게 따라가도 B에 닿지 않습니다.")
else:
    print(f"Following {edges} (in either direction) from A reaches B." if yes else
          f"No way along the {edges} leads from A to B.")
