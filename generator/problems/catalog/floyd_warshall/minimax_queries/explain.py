"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the places and the links between them)."""
import json
import sys

case = json.load(sys.stdin)
texts = case.get("texts") or {}  # the theme's words, as in the statement
ko = case["language"] == "ko"
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", "vertices")
edge = texts.get("edge", "간선" if ko else "edge")
edges = texts.get("edges", "edges")
level = texts.get("level", "높이" if ko else "height")


data = [int(t) for t in case["input"].split()]
n, m, q = data[0], data[1], data[2]
answers = case["output"].split()
base = 3 + 3 * m
said = []
for t in range(min(q, 3)):
    a, b = data[base + 2 * t], data[base + 2 * t + 1]
    x = answers[t]
    if x == "-1":
        said.append(f"{a}번에서 {b}번으로는 갈 수 없으므로 -1입니다." if ko else f"{b} cannot be reached from {a}: -1.")
    else:
        said.append(f"{a}번에서 {b}번까지는 {level}이(가) {x} 이하인 {edge}만으로 갈 수 있고, 그보다 낮게는 갈 수 "
                    "없습니다." if ko else
                    f"From {a} to {b} there is a route using only {edges} of {level} at most {x}, and none lower.")
print(" ".join(said))
