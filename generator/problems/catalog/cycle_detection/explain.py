"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the things and the links between them).
Shared by the cycle_detection graph tasks (params variant = undirected | directed | find_cycle)."""
import json
import sys

case = json.load(sys.stdin)
variant, ko = case["params"]["variant"], case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", "vertices")
edge = texts.get("edge", "간선" if ko else "edge")
edges_word = texts.get("edges", "edges")


data = [int(t) for t in case["input"].split()]
n, m = data[0], data[1]
edges = [(data[2 + 2 * i], data[3 + 2 * i]) for i in range(m)]
answer = case["output"].split()


def undirected_cycle():
    adj = {v: [] for v in range(1, n + 1)}
    for u, v in edges:
        # Is v already reachable from u? Then the path plus this edge is a cycle.
        parent, stack = {u: 0}, [u]
        while stack:
            x = stack.pop()
            for y in adj[x]:
                if y not in parent:
                    parent[y] = x
                    stack.append(y)
        if v in parent:
            path = [v]
            while path[-1] != u:
                path.append(parent[path[-1]])
            return path
        adj[u].append(v)
        adj[v].append(u)
    return None


def directed_cycle():
    adj = {v: [w for x, w in edges if x == v] for v in range(1, n + 1)}
    state = dict.fromkeys(adj, 0)
    for s in adj:
        if state[s]:
            continue
        path, iters = [s], [iter(adj[s])]
        state[s] = 1
        while path:
            y = next(iters[-1], None)
            if y is None:
                state[path.pop()] = 2
                iters.pop()
            elif state[y] == 1:
                return path[path.index(y):]
            elif state[y] == 0:
                state[y] = 1
                path.append(y)
                iters.append(iter(adj[y]))
    return None


if variant == "find_cycle":
    cycle = None if answer == ["-1"] else [int(t) for t in answer[1:]]
else:
    cycle = undirected_cycle() if variant == "undirected" else directed_cycle()
arrow = " - " if variant == "undirected" else " → "
if cycle:
    text = arrow.join(map(str, cycle + [cycle[0]]))
    print(f"{node} {text} 순서로 따라가면 출발한 곳으로 돌아오므로 사이클이 있습니다." if ko else
          f"Following {nodes} {text} comes back to the start, so there is a cycle.")
elif variant == "undirected":
    # no 'edge' or 'forest' here: the statements speak of the theme's own words (stations and rail lines, ...)
    print(f"어느 {node}에서 출발해도 같은 {edge}을(를) 두 번 쓰지 않고 출발한 곳으로 돌아오는 길이 없으므로 "
          "사이클이 없습니다." if ko else
          f"From no starting {node} does a route that uses no {edge} twice come back to its start, so there is no "
          "cycle.")
else:
    print(f"어느 {node}에서 출발해 {edge}을(를) 방향대로 따라가도 출발한 곳으로 돌아올 수 없으므로 사이클이 "
          "없습니다." if ko else
          f"No walk along the {edges_word} in their direction returns to its start, so there is no directed cycle.")
