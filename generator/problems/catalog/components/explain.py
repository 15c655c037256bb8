"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the things and the links between them).
reach and count_components list the groups of joined things (a witness the reader can check)."""
import json
import sys

case = json.load(sys.stdin)
texts = case.get("texts") or {}  # the theme's words, as in the statement
ko = case["language"] == "ko"
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", "vertices")
edge = texts.get("edge", "간선" if ko else "edge")
edges = texts.get("edges", "edges")


def read_graph(lines, n, m):
    adj = {v: [] for v in range(1, n + 1)}
    for line in lines[1:1 + m]:
        u, v = map(int, line.split()[:2])
        adj[u].append(v)
        adj[v].append(u)
    for v in adj:
        adj[v].sort()
    return adj


def bfs(adj, start):
    """Distances and BFS parents from `start` (smallest neighbour first)."""
    dist, parent, order = {start: 0}, {start: None}, [start]
    for u in order:
        for v in adj[u]:
            if v not in dist:
                dist[v], parent[v] = dist[u] + 1, u
                order.append(v)
    return dist, parent


def listed(values, word, limit=8):
    """1, 3 and 5 (en, word='and') or 1, 3, 5 (ko, word=''), cut to `limit` with '…'."""
    values = [str(v) for v in values]
    if len(values) > limit:
        return ", ".join(values[:limit]) + ", …"
    if not word or len(values) == 1:
        return ", ".join(values)
    return ", ".join(values[:-1]) + f" {word} " + values[-1]


variant = case["params"]["variant"]
values = case["output"].split()
lines = case["input"].split("\n")
if variant in ("reach", "count_components"):
    n, m = map(int, lines[0].split()[:2])
    adj = read_graph(lines, n, m)
    groups, seen = [], set()
    for v in range(1, n + 1):
        if v not in seen:
            group = sorted(bfs(adj, v)[0])
            seen.update(group)
            groups.append(group)
if variant == "reach":
    k = int(values[0])
    group = groups[0]
    others = [v for v in range(1, n + 1) if v not in group]
    if k == 1:
        text = (f"1번 {node}에 이어진 {edge}이(가) 없으므로 1번 자신만 셉니다. {node} {n}개 중 1개입니다." if ko else
                f"No {edge} touches {node} 1, so only {node} 1 itself counts: 1 of the {n} {nodes if n > 1 else node}.")
    elif ko:
        text = (f"1번 {node}에서 {edge}을(를) 따라 갈 수 있는 {node}은(는) 1번 자신을 포함해 {listed(group, '')}번의 "
                f"{k}개입니다.")
        text += (f" 나머지 {listed(others, '')}번은 이 {node}들과 잇는 {edge}이(가) 없어 갈 수 없습니다." if others
                 else f" 모든 {node}에 갈 수 있습니다.")
    else:
        text = (f"Following {edges} from {node} 1 reaches {nodes if k > 1 else node} {listed(group, 'and')}: "
                f"{k} of the {n} {node if n == 1 else nodes}, counting {node} 1 itself.")
        if others and k > 1:
            text += (f" No {edge} joins {'them' if k > 1 else 'it'} to {nodes if len(others) > 1 else node} "
                     f"{listed(others, 'or')}.")
    print(text)
elif variant == "count_components":
    k = len(groups)
    SHOWN = 6
    if ko:
        parts = ", ".join("{" + ", ".join(map(str, g)) + "}" for g in groups[:SHOWN]) + (", …" if k > SHOWN else "")
        print(f"{edge}(으)로 이어진 {node}끼리 묶으면 {parts}의 {k}개입니다.")
    else:
        parts = ", ".join("{" + ", ".join(map(str, g)) + "}" for g in groups[:SHOWN]) + (", …" if k > SHOWN else "")
        print(f"Grouping the {nodes} joined by {edges} gives {parts}: "
              + ("1 connected component." if k == 1 else f"{k} connected components."))
elif variant == "component_sizes":
    n, m = map(int, lines[0].split()[:2])
    adj = read_graph(lines, n, m)
    asked = [int(x) for line in lines[1 + m:] for x in line.split()]  # the Q questions
    SHOWN = 3  # the first different questions, each with its group; the rest only by the count
    shown, said = [], set()
    for q, size in zip(asked, values):
        if q in said:
            continue
        said.add(q)
        shown.append((q, sorted(bfs(adj, q)[0]), size))
        if len(shown) == SHOWN:
            break
    rest = len(values) - sum(1 for q in asked[:len(values)] if q in said)
    if ko:
        text = " ".join(f"{q}번 {node}이(가) 속한 무리는 {listed(group, '')}번이므로 {size}입니다." if len(group) > 1 else
                        f"{q}번 {node}에는 이어진 {edge}이(가) 없으므로 1입니다." for q, group, size in shown)
        print(text + (f" 나머지 질문 {rest}개도 같은 방법으로 답합니다." if rest else ""))
    else:
        text = " ".join(f"{node[:1].upper() + node[1:]} {q} is in the group {listed(group, 'and')}: {size}."
                        if len(group) > 1 else f"No {edge} touches {node} {q}: 1." for q, group, size in shown)
        print(text + (f" The other {'question is' if rest == 1 else f'{rest} questions are'} answered the same way."
                      if rest else ""))
else:
    ways = int(values[0])
    if ways == 0:
        print("길이가 홀수인 사이클이 있어서 조건을 만족하는 방법이 없으므로 0입니다." if ko else
              "Some component has a cycle of odd length, so no valid assignment exists and the answer is 0.")
    else:
        print(f"각 연결 요소마다 나누는 방법이 정확히 두 가지이므로 모두 {ways}가지입니다." if ko else
              f"Every component can be split in exactly two ways, giving {ways} assignments in total.")
