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
    # a split exists: show one (the two colours of a search from every part; how it is found is not said)
    tokens = [int(t) for t in case["input"].split()]
    n, m = tokens[0], tokens[1]
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v = tokens[2 + 2 * i], tokens[3 + 2 * i]
        adj[u].append(v)
        adj[v].append(u)
    color = [-1] * (n + 1)
    for s in range(1, n + 1):
        if color[s] == -1:
            color[s], todo = 0, [s]
            for x in todo:
                for y in adj[x]:
                    if color[y] == -1:
                        color[y] = color[x] ^ 1
                        todo.append(y)
    one = [v for v in range(1, n + 1) if color[v] == 0]
    listed = ", ".join(map(str, one[:10])) + (", …" if len(one) > 10 else "")
    if ko:
        print(f"예를 들어 {listed}번 {node}을(를) {side_a}에, 나머지를 {side_b}에 보내면 모든 {edge}의 두 {node}이(가) "
              f"서로 다른 곳에 있으므로, 나눌 수 있고 답은 -1입니다.")
    else:
        print(f"For example, sending {node if len(one) == 1 else nodes} {listed} to {side_a} and the rest to {side_b} "
              f"keeps the two {nodes} of every {edge} apart, so a split exists and the answer is -1.")
else:
    k, cycle = int(answer[0]), answer[1:]
    loop = " - ".join(cycle + cycle[:1])
    if ko:
        print(f"사이클 {loop}의 길이는 홀수 {k}입니다. 이 사이클을 따라가면 {side_a}과(와) {side_b}을(를) 번갈아 "
              f"오가야 하는데, {k}번 오간 뒤에는 처음 있던 곳으로 돌아올 수 없으므로 나누는 방법이 없습니다.")
    else:
        print(f"{loop} is a cycle of odd length {k}. Going around it one would have to alternate between {side_a} and "
              f"{side_b}, and after {k} alternations one cannot be back where one started, so no split exists.")
