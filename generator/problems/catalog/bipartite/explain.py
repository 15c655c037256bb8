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
edges_word = edges  # `edges` is reused below for the input's list of pairs
side_a = texts.get("side_a", "한쪽" if ko else "one side")
side_b = texts.get("side_b", "다른 쪽" if ko else "the other")
side = texts.get("side", "쪽" if ko else "side")  # what the two groups are (club, band, shift): "two clubs"
count = texts.get("count", "개")
variant = case["params"]["variant"]
answer = case["output"].split()
tokens = [int(t) for t in case["input"].split()]


def colour(n, edges):
    """(colour list, None) or (None, a loop of odd length as a list of vertices, first repeated at the end) by BFS
    from every uncoloured vertex."""
    adj = [[] for _ in range(n + 1)]
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)
    color, parent = [-1] * (n + 1), [0] * (n + 1)
    for s in range(1, n + 1):
        if color[s] == -1:
            color[s] = 0
            queue = deque([s])
            while queue:
                x = queue.popleft()
                for y in adj[x]:
                    if color[y] == -1:
                        color[y], parent[y] = color[x] ^ 1, x
                        queue.append(y)
                    elif color[y] == color[x]:
                        up_x, up_y = [x], [y]  # BFS keeps them on the same level: climb both to where they meet
                        while up_x[-1] != up_y[-1]:
                            up_x.append(parent[up_x[-1]])
                            up_y.append(parent[up_y[-1]])
                        return None, up_x + up_y[-2::-1] + [x]
    return color, None


def odd_loop_text(loop):
    around = " → ".join(map(str, loop))
    k = len(loop) - 1
    return (f"{node} {around}은(는) {edge} {k}개로 이루어진 고리인데, 고리를 따라 {side}이(가) 번갈아 바뀌어야 하므로 "
            f"길이가 홀수인 이 고리에서는 처음 {node}(으)로 돌아올 때 어긋납니다. 그래서 두 {side}(으)로 나눌 수 "
            f"없습니다." if ko else
            f"{nodes[:1].upper() + nodes[1:]} {around} form a loop of {k} {edges_word}: the {side}s must alternate "
            f"around it, and an odd loop comes back to its first {node} in the wrong {side}, so no split into two "
            f"{side}s works.")


def graph_at(pos):
    n, m = tokens[pos], tokens[pos + 1]
    edges = [(tokens[pos + 2 + 2 * i], tokens[pos + 3 + 2 * i]) for i in range(m)]
    return n, edges, pos + 2 + 2 * m


def verdict(n, edges):
    color, clash = colour(n, edges)
    if color is None:
        return odd_loop_text(clash)
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
        adj = {v: [] for v in range(1, n + 1)}
        for u, v in edges:
            adj[u].append(v)
            adj[v].append(u)
        parts, seen = [], set()
        for v in range(1, n + 1):
            if v not in seen:
                part, todo = [v], [v]
                seen.add(v)
                for x in todo:
                    for y in adj[x]:
                        if y not in seen:
                            seen.add(y)
                            part.append(y)
                            todo.append(y)
                one = sorted(x for x in part if color[x] == 0)
                two = sorted(x for x in part if color[x] == 1)
                parts.append((one, two))
        # One best split (the smaller side of every connected part, found here; the rule is the task and is not said)
        chosen = sorted(x for one, two in parts for x in (one if len(one) <= len(two) else two))
        listed = ", ".join(map(str, chosen[:10])) + (", …" if len(chosen) > 10 else "")
        if not chosen:
            print(f"{edge}이(가) 하나도 없으므로 모든 {node}을(를) {side_b}에 보내면 되고, 답은 0입니다." if ko else
                  f"There is no {edge}, so every {node} can go to {side_b}: the answer is 0.")
        else:
            print(f"예를 들어 {listed}번 {node}을(를) {side_a}에, 나머지를 {side_b}에 보내면 모든 {edge}의 두 {node}이(가) "
                  f"서로 다른 곳에 있고 {side_a}에는 {answer[0]}{count}이(가) 갑니다. 이보다 적게 보내는 방법은 없습니다."
                  if ko else
                  f"For example, sending {node if len(chosen) == 1 else nodes} {listed} to {side_a} and the rest to "
                  f"{side_b} keeps the two {nodes} of every {edge} apart and puts {answer[0]} "
                  f"{node if answer[0] == '1' else nodes} in {side_a}; no split puts fewer there.")
else:
    n, edges, _ = graph_at(0)
    first_bad = next((i for i, a in enumerate(answer) if a == "-1"), None)
    if first_bad is None:
        print(f"모든 {edge}이(가) 생긴 뒤에도 두 곳으로 나눌 수 있습니다." if ko else
              f"The {nodes} can still be split after every new {edge}.")
    else:
        u, v = edges[first_bad]
        _, loop = colour(n, edges[:first_bad + 1])
        if loop is not None:
            around = " → ".join(map(str, loop))
            print(f"{first_bad + 1}번째 {edge}인 {u}-{v}이(가) {around}의 {edge} {len(loop) - 1}개짜리 고리를 닫습니다. "
                  f"길이가 홀수인 고리는 두 {side}(으)로 번갈아 나눌 수 없으므로 그때부터 답은 -1입니다." if ko else
                  f"{edge[:1].upper() + edge[1:]} {first_bad + 1} ({u}-{v}) closes the loop {around} of {len(loop) - 1} "
                  f"{edges_word}; an odd loop cannot alternate between two {side}s, so from then on the answer is -1.")
            raise SystemExit
        print(f"{first_bad + 1}번째 {edge}인 {u}-{v}이(가) 길이가 홀수인 고리(사이클)를 만들므로 그때부터 답은 -1입니다."
              if ko else f"{edge[:1].upper() + edge[1:]} {first_bad + 1} ({u}-{v}) closes a cycle of odd length, so from "
              "then on the answer is -1.")
