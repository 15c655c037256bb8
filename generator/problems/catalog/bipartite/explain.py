"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the things, the links between them and the two places). Shared by the bipartite tasks
(params.variant): is_bipartite, many_tests, min_team, growing_teams, fixed_sides, odd_cycle, odd_sums, same_side.
Each shows a witness (a split, an odd loop, the connected parts with their sides or ways), not the method."""
import json
import sys
from collections import deque
from itertools import product

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


def parts_of(n, edges):
    """(colour, part index per vertex, parts as lists of vertices): a search from every vertex not yet reached, in
    number order, colouring each newly reached vertex opposite to the one it was reached from. In a graph that can
    be split this is its split (unique up to swapping each part)."""
    adj = [[] for _ in range(n + 1)]
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)
    color, comp, parts = [-1] * (n + 1), [0] * (n + 1), []
    for s in range(1, n + 1):
        if color[s] == -1:
            color[s], comp[s] = 0, len(parts)
            part = [s]
            for x in part:
                for y in adj[x]:
                    if color[y] == -1:
                        color[y], comp[y] = color[x] ^ 1, comp[s]
                        part.append(y)
            parts.append(part)
    return color, comp, parts


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
elif variant == "growing_teams":
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
elif variant == "fixed_sides":  # "N M K", the M links, then K lines "v s" (s = 1: side_a, s = 2: side_b)
    n, m, k = tokens[0], tokens[1], tokens[2]
    edges = [(tokens[3 + 2 * i], tokens[4 + 2 * i]) for i in range(m)]
    want, decided = [0] * (n + 1), []
    for i in range(k):
        v, s = tokens[3 + 2 * m + 2 * i], tokens[4 + 2 * m + 2 * i]
        want[v] = s
        decided.append(v)
    place = {1: side_a, 2: side_b}
    if answer[0] == "0":
        _, loop = colour(n, edges)
        if loop is not None:
            print(odd_loop_text(loop) + (" 따라서 답은 0입니다." if ko else " So the answer is 0."))
            raise SystemExit
        # two decided things in one connected part whose places do not fit the alternation: show the chain between them
        color, comp, _ = parts_of(n, edges)
        a, b = next((a, b) for i, a in enumerate(decided) for b in decided[i + 1:]
                    if comp[a] == comp[b] and (want[a] == want[b]) != (color[a] == color[b]))
        adj = [[] for _ in range(n + 1)]
        for u, v in edges:
            adj[u].append(v)
            adj[v].append(u)
        parent, todo = {a: 0}, [a]
        for x in todo:
            for y in adj[x]:
                if y not in parent:
                    parent[y] = x
                    todo.append(y)
        path = [b]
        while path[-1] != a:
            path.append(parent[path[-1]])
        path.reverse()
        steps = len(path) - 1
        must = place[want[a] if steps % 2 == 0 else 3 - want[a]]
        if steps == 1:
            print(f"{a}번과 {b}번 {node}은(는) 둘 다 {place[want[a]]}에 가야 하지만 둘 사이에 {edge}이(가) 있어 같은 곳에 "
                  f"있을 수 없습니다. 따라서 방법이 없고 답은 0입니다." if ko else
                  f"{nodes[:1].upper() + nodes[1:]} {a} and {b} must both go to {place[want[a]]}, but there is "
                  f"{'an' if edge[0] in 'aeiou' else 'a'} {edge} between them, so they cannot both be there. No way "
                  "works: the answer is 0.")
        else:
            around = " → ".join(map(str, path))
            print(f"{a}번 {node}은(는) {place[want[a]]}에, {b}번 {node}은(는) {place[want[b]]}에 가야 합니다. 그런데 "
                  f"{node} {around}은(는) {edge} {steps}개로 이어져 있고 이를 따라 {side}이(가) 번갈아 바뀌므로 {b}번 "
                  f"{node}은(는) {must}에 가야 합니다. 따라서 방법이 없고 답은 0입니다." if ko else
                  f"{node[:1].upper() + node[1:]} {a} must go to {place[want[a]]} and {node} {b} to "
                  f"{place[want[b]]}. But {nodes} {around} are joined by a chain of {steps} {edges_word}, along which "
                  f"the {side}s alternate, so {node} {b} would have to go to {must}. No way works: the answer is 0.")
        raise SystemExit
    # the ways themselves, each written as the things sent to side_a (counted here; how to count is the task)
    color, comp, parts = parts_of(n, edges)
    choices = []  # per connected part, the sets it may send to side_a
    for part in parts:
        options = []
        for flip in (0, 1):
            if all(want[v] == 1 + (color[v] ^ flip) for v in part if want[v]):
                options.append([v for v in part if color[v] ^ flip == 0])
        choices.append(options)
    total = 1
    for options in choices:
        total *= len(options)
    SHOWN = 8
    if total <= SHOWN:
        ways = []
        for pick in product(*choices):
            group = sorted(v for chosen in pick for v in chosen)
            ways.append("{" + ", ".join(map(str, group)) + "}" if group else ("(아무도 없음)" if ko else "(none)"))
        listed = ", ".join(ways)
        if total == 1:
            print(f"{side_a}에 보내는 {node}의 번호로 나타내면 방법은 {listed} 한 가지뿐입니다." if ko else
                  f"Written as the {nodes} sent to {side_a}, the only way is {listed}.")
        else:
            print(f"{side_a}에 보내는 {node}의 번호로 나타내면 방법 {total}가지는 {listed}입니다." if ko else
                  f"Written as the {nodes} sent to {side_a}, the {total} ways are {listed}.")
    else:
        first = sorted(v for options in choices for v in options[0])
        shown = ", ".join(map(str, first[:10])) + (", …" if len(first) > 10 else "")
        exact = total == int(answer[0])
        print(f"예를 들어 {shown}번 {node}을(를) {side_a}에, 나머지를 {side_b}에 보내는 것이 그중 하나이며, 방법은 모두 "
              + (f"{answer[0]}가지입니다." if exact else f"매우 많으며, 그 수를 1 000 000 007로 나눈 나머지는 {answer[0]}입니다.")
              if ko else
              f"For example, sending {node if len(first) == 1 else nodes} {shown} to {side_a} and the rest to {side_b} "
              + (f"is one of the ways; there are {answer[0]} in all." if exact else
                 f"is one of the ways; their number modulo 1 000 000 007 is {answer[0]}."))
elif variant == "odd_cycle":  # the answer: -1 (a split exists) or the odd cycle's length and its vertices
    n, edges, _ = graph_at(0)
    if answer == ["-1"]:
        # a split exists: show one (how it is found is not said)
        color = parts_of(n, edges)[0]
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
            print(f"{loop} is a cycle of odd length {k}. Going around it one would have to alternate between {side_a} "
                  f"and {side_b}, and after {k} alternations one cannot be back where one started, so no split exists.")
elif variant == "odd_sums":  # the answer: the number of ways to write 1, 2 or 3 on every vertex, modulo 998 244 353
    n, edges, _ = graph_at(0)
    color, _, parts = parts_of(n, edges)
    # each group with its number of ways: counted here, the way of counting is the task
    groups = []
    for part in parts:
        a = sum(1 for v in part if color[v] == 0)
        groups.append((sorted(part), 2 ** a + 2 ** (len(part) - a)))
    loop = colour(n, edges)[1]
    if answer[0] == "0" and loop is not None:  # an odd loop: no numbers work on it (why is the task)
        around, k = " → ".join(map(str, loop)), len(loop) - 1
        print(f"{node} {around}은(는) {edge} {k}개로 이루어진 고리입니다. 고리 위의 {node}마다 1, 2, 3 중 어떤 수를 정해도 "
              f"이 고리의 모든 {edge}에서 두 수의 합이 홀수가 되게 할 수는 없으므로 답은 0입니다." if ko else
              f"{nodes[:1].upper() + nodes[1:]} {around} form a loop of {k} {edges_word}. Whatever numbers 1, 2 or 3 "
              f"these {nodes} get, some {edge} of the loop has an even sum, so the answer is 0.")
    elif answer[0] == "0":
        print("답은 0입니다." if ko else "The answer is 0.")
    else:
        # a witness per group: the numbers its members may get (listed in full when few), then the total
        SHOWN, WAYS = 4, 6
        shown = []
        for part, ways in groups[:SHOWN]:
            inside = [(u, v) for u, v in edges if u in part]
            ok = []
            if len(part) <= 4:
                for pick in product((1, 2, 3), repeat=len(part)):
                    got = dict(zip(part, pick))
                    if all((got[u] + got[v]) % 2 for u, v in inside):
                        ok.append("(" + ", ".join(map(str, pick)) + ")")
            who = "{" + ", ".join(map(str, part)) + "}"
            if ok:
                more = ", …" if len(ok) > WAYS else ""
                shown.append(f"{who} → {', '.join(ok[:WAYS])}{more} ({ways}가지)" if ko else
                             f"{who} → {', '.join(ok[:WAYS])}{more} ({ways} way{'' if ways == 1 else 's'})")
            else:
                shown.append(f"{who} → {ways}가지" if ko else f"{who} → {ways} ways")
        listed = "; ".join(shown) + ("; …" if len(groups) > SHOWN else "")
        total = 1
        for _, ways in groups:
            total *= ways
        exact = total == int(answer[0])
        if ko:
            print(f"{edge}(으)로 이어진 {node}의 무리마다, 조건을 지키며 {node}에게 (번호 순서대로) 줄 수 있는 수: "
                  f"{listed}. 모든 {node}에게 수를 주는 방법은 모두 {answer[0]}가지입니다."
                  + ("" if exact else " (998 244 353으로 나눈 나머지)"))
        else:
            print(f"For each group of {nodes} joined by {edges_word}, the numbers its {nodes} (in order) may get: "
                  f"{listed}. In all there are {answer[0]} ways to give every {node} a number."
                  + ("" if exact else " (modulo 998 244 353)"))
elif variant == "same_side":  # "N M", the M links, "Q", then Q questions "u v"; a split is guaranteed
    n, edges, pos = graph_at(0)
    color, comp, parts = parts_of(n, edges)
    shown = "; ".join("{" + ", ".join(map(str, sorted(v for v in p if color[v] == 0))) + "} / {"
                      + ", ".join(map(str, sorted(v for v in p if color[v] == 1))) + "}" if len(p) > 1 else
                      "{" + str(p[0]) + "}" for p in parts)
    u, v = tokens[pos + 1], tokens[pos + 2]
    if ko:
        print(f"연결된 부분마다 두 편은 {shown}(으)로 정해지고, 편 전체를 맞바꾸는 것만 자유롭습니다. "
              f"첫 질문의 {u}번과 {v}번은 "
              + ("서로 다른 부분에 있어 어느 쪽도 가능하므로 UNKNOWN입니다." if comp[u] != comp[v] else
                 ("같은 편이므로 SAME입니다." if color[u] == color[v] else "반대 편이므로 DIFFERENT입니다.")))
    else:
        print(f"In every connected part the two sides are fixed up to a swap: {shown}. In the first question, "
              f"{u} and {v} "
              + ("lie in different parts, so either is possible: UNKNOWN." if comp[u] != comp[v] else
                 ("are on the same side: SAME." if color[u] == color[v] else "are on opposite sides: DIFFERENT.")))
