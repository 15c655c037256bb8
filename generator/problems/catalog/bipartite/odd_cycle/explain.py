"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the links between the things)."""
import json
import sys

case = json.load(sys.stdin)
texts = case.get("texts") or {}  # the theme's words, as in the statement
ko = case["language"] == "ko"
edge = texts.get("edge", "간선" if ko else "edge")
edges = texts.get("edges", "edges")


answer = case["output"].split()
if answer == ["-1"]:
    if ko:
        print(f"BFS로 연결된 부분마다 두 색을 번갈아 칠하면 같은 색끼리 이어진 {edge}이(가) "
              "하나도 없으므로, 나눌 수 있고 답은 -1입니다.")
    else:
        print(f"Colouring every connected part by BFS with alternating colours leaves no {edge} inside one colour, so a "
              "split exists and the answer is -1.")
else:
    k, cycle = int(answer[0]), answer[1:]
    loop = " - ".join(cycle + cycle[:1])
    if ko:
        print(f"사이클 {loop}의 길이는 홀수 {k}입니다. 이 사이클을 따라 자리가 번갈아 바뀌어야 하지만 {k}번 이동한 뒤 처음 "
              f"자리로 돌아올 수 없으므로, 나누는 방법이 없습니다.")
    else:
        print(f"{loop} is a cycle of odd length {k}. Places would have to alternate along it, but after {k} steps "
              f"they cannot come back to the first one, so no split exists.")
