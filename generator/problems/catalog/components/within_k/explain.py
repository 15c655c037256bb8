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


s, k = map(int, case["input"].split()[2:4])
answer = int(case["output"].split()[0])
if ko:
    print(f"{node} {s}에서 거리가 {k} 이하인 {node}은(는) {answer}개입니다. 거리는 가장 짧은 경로로 셉니다. "
          "먼저 찾은 경로가 더 길 수도 있습니다.")
else:
    counted = f"1 {node} is" if answer == 1 else f"{answer} {nodes} are"
    print(f"{counted} at distance at most {k} from {node} {s}. Distances are measured along the shortest "
          "route, not the first route a search happens to find.")
