"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the things, the links between them and the two places)."""
import json
import sys
from collections import deque

case = json.load(sys.stdin)
texts = case.get("texts") or {}  # the theme's words, as in the statement
ko = case["language"] == "ko"
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", "vertices")
edge = texts.get("edge", "간선" if ko else "edge")
edges = texts.get("edges", "edges")
side_a = texts.get("side_a", "한쪽" if ko else "one side")
side_b = texts.get("side_b", "다른 쪽" if ko else "the other")
count = texts.get("count", "개")
variant = case["params"]["variant"]
answer = case["output"].split()
tokens = [int(t) for t in case["input"].split()]


def colour(n, edges):
    """(colour list, None) or (None, an edge inside one colour) by BFS from every uncoloured vertex."""
    adj = [[] for _ in range(n + 1)]
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)
    color = [-1] * (n + 1)
    for s in range(1, n + 1):
        if color[s] == -1:
            color[s] = 0
            queue = deque([s])
            while queue:
                x = queue.popleft()
                for y in adj[x]:
                    if color[y] == -1:
                        color[y] = color[x] ^ 1
                        queue.append(y)
                    elif color[y] == color[x]:
                        return None, (x, y)
    return color, None


def graph_at(pos):
    n, m = tokens[pos], tokens[pos + 1]
    edges = [(tokens[pos + 2 + 2 * i], tokens[pos + 3 + 2 * i]) for i in range(m)]
    return n, edges, pos + 2 + 2 * m


def verdict(n, edges):
    color, clash = colour(n, edges)
    if color is None:
        x, y = clash
        return (f"{node} {x}과(와) {node} {y}을(를) 포함하는 길이가 홀수인 고리(사이클)가 있어 두 곳으로 나눌 수 "
                "없습니다." if ko else
                f"{nodes[:1].upper() + nodes[1:]} {x} and {y} lie on a cycle of odd length, so no split into two places "
                "works.")
    side = [v for v in range(1, n + 1) if color[v] == 0]
    return (f"예를 들어 {', '.join(map(str, side))}번 {node}을(를) {side_a}에, 나머지를 {side_b}에 보내면 됩니다."
            if ko else f"For example, send {node if len(side) == 1 else nodes} {', '.join(map(str, side))} to {side_a} "
            f"and the rest to {side_b}.")


if variant == "is_bipartite":
    n, edges, _ = graph_at(0)
    print(verdict(n, edges))
elif variant == "many_tests":
    pos, parts = 1, []
    for k in range(tokens[0]):
        n, edges, pos = graph_at(pos)
        parts.append((f"{k + 1}번째 그래프: " if ko else f"Graph {k + 1}: ") + verdict(n, edges))
    print(" ".join(parts))
elif variant == "min_team":
    n, edges, _ = graph_at(0)
    if answer == ["-1"]:
        print(verdict(n, edges) + (" 따라서 답은 -1입니다." if ko else " So the answer is -1."))
    else:
        color, _ = colour(n, edges)
        print(f"연결된 부분마다 두 편 중 {node}이(가) 적은 쪽을 {side_a}에 보내면, {side_a}에 가는 "
              f"{node}은(는) 모두 {answer[0]}{count}입니다." if ko else
              f"Sending the smaller of the two sides of every connected part to {side_a} puts {answer[0]} "
              f"{node if answer[0] == '1' else nodes} there.")
else:
    n, edges, _ = graph_at(0)
    first_bad = next((i for i, a in enumerate(answer) if a == "-1"), None)
    if first_bad is None:
        print(f"모든 {edge}이(가) 생긴 뒤에도 두 곳으로 나눌 수 있습니다." if ko else
              f"The {nodes} can still be split after every new {edge}.")
    else:
        u, v = edges[first_bad]
        print(f"{first_bad + 1}번째 {edge}인 {u}-{v}이(가) 길이가 홀수인 고리(사이클)를 만들므로 그때부터 답은 -1입니다."
              if ko else f"{edge[:1].upper() + edge[1:]} {first_bad + 1} ({u}-{v}) closes a cycle of odd length, so from "
              "then on the answer is -1.")
