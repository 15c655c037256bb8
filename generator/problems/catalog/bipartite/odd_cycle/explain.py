"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the links between the things)."""
import json
import sys

case = json.load(sys.stdin)
texts = case.get("texts") or {}  # the theme's words, as in the statement
ko = case["language"] == "ko"
edge = texts.get("edge", "간선" if ko else "edge")
edges = texts.get("edges", "edges")
side_a = texts.get("side_a", "한쪽" if ko else "one side")
side_b = texts.get("side_b", "다른 쪽" if ko else "the other side")
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", "vertices")

answer = case["output"].split()
if answer == ["-1"]:
    if ko:
        print(f"연결된 부분마다 BFS 순서로 {node}을(를) {side_a}과(와) {side_b}에 번갈아 보내면 {edge}이(가) 있는 "
              f"두 {node}은(는) 언제나 서로 다른 곳에 있게 되므로, 나눌 수 있고 답은 -1입니다.")
    else:
        print(f"Sending the {nodes} of every connected part alternately to {side_a} and {side_b} in BFS order puts "
              f"the two {nodes} of every {edge} in different places, so a split exists and the answer is -1.")
else:
    k, cycle = int(answer[0]), answer[1:]
    loop = " - ".join(cycle + cycle[:1])
    if ko:
        print(f"사이클 {loop}의 길이는 홀수 {k}입니다. 이 사이클을 따라가면 {side_a}과(와) {side_b}을(를) 번갈아 "
              f"오가야 하는데, {k}번 오간 뒤에는 처음 있던 곳으로 돌아올 수 없으므로 나누는 방법이 없습니다.")
    else:
        print(f"{loop} is a cycle of odd length {k}. Going around it one would have to alternate between {side_a} and "
              f"{side_b}, and after {k} alternations one cannot be back where one started, so no split exists.")
