"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys
from collections import deque

case = json.load(sys.stdin)
variant, ko = case["params"]["variant"], case["language"] == "ko"
answer = case["output"].split()
tokens = [int(t) for t in case["input"].split()]


def josa(number, pair):
    """Korean particle after a number read aloud (2, 4, 5, 9 end in a vowel)."""
    with_batchim, without = pair.split("/")
    return f"{number}{without if str(number)[-1] in '2459' else with_batchim}"


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
        return (f"정점 {josa(x, '과/와')} 정점 {josa(y, '을/를')} 포함하는 길이가 홀수인 사이클이 있어 두 편으로 나눌 수 없습니다." if ko else
                f"Vertices {x} and {y} lie on a cycle of odd length, so no split into two sides works.")
    side = [v for v in range(1, n + 1) if color[v] == 0]
    return (f"예를 들어 {', '.join(map(str, side))}번을 한쪽에, 나머지를 다른 쪽에 두면 됩니다." if ko else
            f"For example, put {', '.join(map(str, side))} on one side and the rest on the other.")


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
        # 개, not a theme's counter (명 fits students, not stations or animals): the sentence speaks of vertices.
        print(f"각 연결 요소에서 두 색 중 정점이 적은 쪽을 첫 번째 편에 두면, 첫 번째 편의 정점은 모두 {answer[0]}개입니다."
              if ko else f"Putting the smaller colour class of every connected component on the first side gives {answer[0]}.")
else:
    n, edges, _ = graph_at(0)
    first_bad = next((i for i, a in enumerate(answer) if a == "-1"), None)
    if first_bad is None:
        print("모든 간선을 더한 뒤에도 두 편으로 나눌 수 있습니다." if ko else
              "The graph can still be split after every added edge.")
    else:
        u, v = edges[first_bad]
        print(f"{first_bad + 1}번째 간선인 {u}-{josa(v, '이/가')} 길이가 홀수인 사이클을 만들므로 그때부터 답은 -1입니다." if ko else
              f"Edge {first_bad + 1} ({u}-{v}) closes a cycle of odd length, so from then on the answer is -1.")
