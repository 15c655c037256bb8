"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the things and the links between them). params' variant picks the task: reach and
count_components list the groups of joined things; component_sizes names each asked-about thing's group;
two_colorings shows one valid assignment and the groups, or a loop of odd length when there is none; paths
(count_shortest) lists the shortest routes; distance (distance_to_n) shows one shortest route; same_group a route
from A to B. When the target cannot be reached, they list what the start reaches instead (a witness the reader can
check)."""
import json
import re
import sys

case = json.load(sys.stdin)
texts = case.get("texts") or {}  # the theme's words, as in the statement
ko = case["language"] == "ko"
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", "vertices")
edge = texts.get("edge", "간선" if ko else "edge")
edges = texts.get("edges", "edges")
values = case["output"].split()
lines = case["input"].split("\n")


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


def groups_of(adj, n):
    """The groups of joined things, each sorted, in the order of their smallest member."""
    groups, seen = [], set()
    for v in range(1, n + 1):
        if v not in seen:
            group = sorted(bfs(adj, v)[0])
            seen.update(group)
            groups.append(group)
    return groups


def route_to(parent, target):
    route, v = [], target
    while v is not None:
        route.append(v)
        v = parent[v]
    return " → ".join(map(str, route[::-1]))


def cap(words):
    return words[:1].upper() + words[1:]


def reach():
    n, m = map(int, lines[0].split()[:2])
    group = groups_of(read_graph(lines, n, m), n)[0]
    k = int(values[0])
    others = [v for v in range(1, n + 1) if v not in group]
    if k == 1:
        return (f"1번 {node}에 이어진 {edge}이(가) 없으므로 1번 자신만 셉니다. {node} {n}개 중 1개입니다." if ko else
                f"No {edge} touches {node} 1, so only {node} 1 itself counts: 1 of the {n} "
                f"{nodes if n > 1 else node}.")
    if ko:
        text = (f"1번 {node}에서 {edge}을(를) 따라 갈 수 있는 {node}은(는) 1번 자신을 포함해 {listed(group, '')}번의 "
                f"{k}개입니다.")
        return text + (f" 나머지 {listed(others, '')}번은 이 {node}들과 잇는 {edge}이(가) 없어 갈 수 없습니다." if others
                       else f" 모든 {node}에 갈 수 있습니다.")
    text = (f"Following {edges} from {node} 1 reaches {nodes if k > 1 else node} {listed(group, 'and')}: "
            f"{k} of the {n} {node if n == 1 else nodes}, counting {node} 1 itself.")
    if others and k > 1:
        text += (f" No {edge} joins {'them' if k > 1 else 'it'} to {nodes if len(others) > 1 else node} "
                 f"{listed(others, 'or')}.")
    return text


def braced(groups, shown=6):
    return ", ".join("{" + ", ".join(map(str, g)) + "}" for g in groups[:shown]) + (", …" if len(groups) > shown else "")


def count_components():
    n, m = map(int, lines[0].split()[:2])
    groups = groups_of(read_graph(lines, n, m), n)
    k = len(groups)
    if ko:
        return f"{edge}(으)로 이어진 {node}끼리 묶으면 {braced(groups)}의 {k}개입니다."
    return (f"Grouping the {nodes} joined by {edges} gives {braced(groups)}: "
            + ("1 connected component." if k == 1 else f"{k} connected components."))


def component_sizes():
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
        text = " ".join(f"{q}번 {node}에서 {edge}을(를) 따라 갈 수 있는 {node}은(는) {q}번 자신을 포함해 "
                        f"{listed(group, '')}번이므로 {size}입니다." if len(group) > 1 else
                        f"{q}번 {node}에는 이어진 {edge}이(가) 없으므로 1입니다." for q, group, size in shown)
        return text + (f" 나머지 질문 {rest}개도 같은 방법으로 답합니다." if rest else "")
    text = " ".join(f"From {node} {q} the {edges} reach {nodes} {listed(group, 'and')}, {node} {q} included: {size}."
                    if len(group) > 1 else f"No {edge} touches {node} {q}: 1." for q, group, size in shown)
    return text + (f" The other {'question is' if rest == 1 else f'{rest} questions are'} answered the same way."
                   if rest else "")


def two_choices():
    """The theme's two choices ('a red flag or a blue flag', '빨간 깃발과 파란 깃발') as two phrases."""
    colors = texts.get("colors", "")
    parts = re.fullmatch(r"(.+?)[과와] (.+)", colors) if ko else re.fullmatch(r"(.+?) or (.+)", colors)
    if parts:
        return parts.group(1), parts.group(2)
    return ("한쪽", "다른 쪽") if ko else ("one choice", "the other")


def odd_loop(adj, n):
    """A shortest loop with an odd number of links, as a list of things (first repeated at the end), or None."""
    best = None
    for root in range(1, n + 1):
        dist, parent = bfs(adj, root)
        for u in dist:
            for v in adj[u]:
                if v in dist and dist[u] == dist[v] and u < v:
                    up, vp = [u], [v]
                    while up[-1] != vp[-1]:
                        up.append(parent[up[-1]])
                        vp.append(parent[vp[-1]])
                    loop = up + vp[-2::-1] + [u]  # u … meeting point … v, then back to u over the link v–u
                    if best is None or len(loop) < len(best):
                        best = loop
        if best is not None and len(best) == 4:  # a triangle is the shortest odd loop there is
            break
    return best


def two_colorings():
    n, m = map(int, lines[0].split()[:2])
    adj = read_graph(lines, n, m)
    ways = int(values[0])
    if ways == 0:
        loop = odd_loop(adj, n) if n <= 2000 else None  # samples are small; a big graph gets the general reason
        if loop is None:
            return ("길이가 홀수인 사이클이 있어서 조건을 만족하는 방법이 없으므로 0입니다." if ko else
                    "Some component has a cycle of odd length, so no valid assignment exists and the answer is 0.")
        around = " → ".join(map(str, loop))
        k = len(loop) - 1
        if ko:
            return (f"{around} 순서로 도는 {edge} {k}개짜리 고리를 따라가면 정한 것이 번갈아 바뀌어야 하는데, {edge} 수가 "
                    f"홀수라서 {loop[0]}번 {node}(으)로 돌아왔을 때 처음과 다른 것이어야 합니다. 그래서 조건을 "
                    f"만족하는 방법이 없으므로 0입니다.")
        return (f"Around the loop {around} ({k} {edges}) the choices must alternate, so {node} {loop[0]}, reached "
                f"again after an odd number of {edges}, would need the other choice than its own: no valid "
                f"assignment exists, and the answer is 0.")
    groups = groups_of(adj, n)
    c = len(groups)
    power = " × ".join(["2"] * c) if c <= 6 else f"2^{c}"
    total = (str(ways) if c == 1 else f"{power} = {ways}") if 2 ** c == ways else \
        f"{power}, {ways} modulo 1 000 000 007"
    if m == 0 and n == 1:
        return (f"1번 {node}에 이어진 {edge}이(가) 없으므로 둘 중 어느 것을 정해도 됩니다: {total}가지." if ko
                else f"No {edge} touches {node} 1, so it may get either choice: {total} assignments.")
    if m == 0:
        return (f"어느 두 {node}도 {edge}(으)로 이어져 있지 않으므로 {node} {n}개 각각에 둘 중 어느 것을 "
                f"정해도 됩니다: {total}가지." if ko else
                f"No {edge} joins two {nodes}, so each of the {n} {nodes} may get either choice: {total} "
                f"assignments.")
    side = {}
    for group in groups:
        dist = bfs(adj, group[0])[0]
        for v in group:
            side[v] = dist[v] % 2
    first, second = two_choices()
    ones = [v for v in range(1, n + 1) if side[v] == 0]
    twos = [v for v in range(1, n + 1) if side[v] == 1]
    if ko:
        chosen = f"{listed(ones, '')}번 {node}에는 {first}, {listed(twos, '')}번 {node}에는 {second}을(를)"
        text = f"예를 들어 {chosen} 정하면 모든 {edge}의 양 끝 {node}에 정한 것이 서로 다릅니다. "
        if c == 1:
            return text + (f"{node}이(가) 모두 {edge}(으)로 이어져 있어 {groups[0][0]}번에 정한 것에 따라 나머지가 모두 "
                           f"정해지고, 어느 쪽을 골라도 되므로 {total}가지입니다.")
        return text + (f"{edge}(으)로 이어진 {node}끼리 묶으면 {braced(groups)}의 {c}개이고, 묶음마다 첫 {node}에 "
                       f"정한 것에 따라 나머지가 모두 정해지며 어느 쪽을 골라도 되므로 {total}가지입니다.")
    chosen = (f"{first} for {node if len(ones) == 1 else nodes} {listed(ones, 'and')}, {second} for "
              f"{node if len(twos) == 1 else nodes} {listed(twos, 'and')}")
    text = f"One valid assignment: {chosen}. "
    if c == 1:
        return text + (f"The {edges} join all the {nodes}, so the choice for {node} {groups[0][0]} fixes all the "
                       f"others, and either choice works: {total} assignments.")
    return text + (f"The {edges} join the {nodes} into {c} groups, {braced(groups)}; in each, the choice for its first "
                   f"{node} fixes all the others and either choice works, so there are {total} assignments.")


def paths():
    n, m = map(int, lines[0].split()[:2])
    count = int(values[0])
    adj = read_graph(lines, n, m)
    dist, _ = bfs(adj, 1)
    LIMIT = 4
    routes = []

    def walk(u, route):
        if len(routes) > LIMIT:
            return
        if u == n:
            routes.append(route)
            return
        for v in adj[u]:
            if dist.get(v) == dist[u] + 1 and dist[v] <= dist.get(n, -1):
                walk(v, route + [v])

    if n == 1:
        return (f"1번 {node}이(가) 곧 N번 {node}이므로 길이 0인 길 하나를 셉니다: 1." if ko else
                f"{cap(node)} 1 is {node} N: the single route of length 0 counts, so the answer is 1.")
    if n not in dist:
        return unreached(dist, "1번 " + node, f"{node} 1", n, "0")
    walk(1, [1])
    k = dist[n]
    back, _ = bfs(adj, n)
    layers = [sorted(v for v in dist if dist[v] == d and back.get(v) == k - d) for d in range(k + 1)]
    product = 1
    for layer in layers:
        product *= len(layer)
    if count > LIMIT and product == count:  # every choice per layer works: 1 → (3 or 5) → 8 → (2, 4 or 9) → 11
        word = "또는" if ko else "or"
        shown = " → ".join(str(layer[0]) if len(layer) == 1 else f"({listed(layer, word)})" for layer in layers)
        times = " × ".join(str(len(layer)) for layer in layers if len(layer) > 1) + f" = {count}"
        if ko:
            return (f"가장 짧은 길은 {edge} {k}개를 지나는 {shown}이고, 괄호마다 어느 {node}을(를) 골라도 다음으로 "
                    f"이어지므로 {times}가지입니다. 더 긴 길은 세지 않습니다.")
        return (f"The shortest routes use {k} {edges} and go {shown}, where every choice in brackets leads on to "
                f"the next {node}: {times} routes. Longer routes are not counted.")
    shown = ", ".join(" → ".join(map(str, r)) for r in routes[:LIMIT]) + (", …" if len(routes) > LIMIT else "")
    if ko:
        return (f"가장 짧은 길은 {edge} {k}개를 지나며, {shown}의 {count}가지입니다. 더 긴 길은 세지 않습니다."
                if count > 1 else f"가장 짧은 길은 {edge} {k}개를 지나는 {shown} 하나뿐입니다. 더 긴 길은 세지 않습니다.")
    return (f"The shortest routes use {k} {edge if k == 1 else edges}: {shown}; {count} routes in all. Longer "
            f"routes are not counted." if count > 1 else
            f"The only shortest route is {shown}, with {k} {edge if k == 1 else edges}; longer routes are not "
            f"counted.")


def unreached(dist, start_ko, start_en, target, answer):
    """For a target the start does not reach: what the start reaches, the target not among it."""
    group = sorted(dist)
    if ko:
        return (f"{start_ko}에서 {edge}을(를) 따라 갈 수 있는 {node}은(는) {listed(group, '')}번뿐이고 {target}번은 "
                f"그중에 없으므로 {answer}입니다.")
    return (f"From {start_en} the {edges} reach only {node if len(group) == 1 else nodes} {listed(group, 'and')}, "
            f"not {node} {target}, so the answer is {answer}.")


def distance():
    n, m = map(int, lines[0].split()[:2])
    adj = read_graph(lines, n, m)
    dist, parent = bfs(adj, 1)
    if n == 1:
        return f"1번 {node}이(가) 곧 N번 {node}이므로 0입니다." if ko else f"{cap(node)} 1 is {node} N: 0."
    if n not in dist:
        return unreached(dist, "1번 " + node, f"{node} 1", n, "-1")
    k = dist[n]
    route = route_to(parent, n)
    return (f"{route} 순서로 가면 {edge} {k}개를 지나며, {edge}을(를) 더 적게 지나는 길은 없습니다." if ko else
            f"The route {route} uses {k} {edge if k == 1 else edges}, and no route uses fewer.")


def same_group():
    n, m, a, b = map(int, lines[0].split()[:4])
    adj = read_graph(lines, n, m)
    dist, parent = bfs(adj, a)
    if a == b:
        return (f"A와 B가 같은 {node}({a}번)이므로 YES입니다." if ko else
                f"A and B are the same {node} ({a}), so the answer is YES.")
    if b in dist:
        route = route_to(parent, b)
        return (f"A = {a}에서 {edge}을(를) 따라 {route} 순서로 가면 B = {b}에 닿으므로 YES입니다." if ko else
                f"From A = {a} the {edges} lead {route}, reaching B = {b}, so the answer is YES.")
    group = sorted(dist)
    if ko:
        return (f"A = {a}에서 {edge}을(를) 따라 갈 수 있는 {node}은(는) {listed(group, '')}번뿐이고 B = {b}은(는) "
                f"그중에 없으므로 NO입니다.")
    return (f"Following {edges} from A = {a} reaches only {node if len(group) == 1 else nodes} "
            f"{listed(group, 'and')}, and B = {b} is not among them, so the answer is NO.")


def edge_list(m):
    return [tuple(map(int, line.split()[:2])) for line in lines[1:1 + m]]


def bridges():
    """Each link whose removal leaves no route between its two ends (by trying each one: the samples are small),
    and a loop through the first other link."""
    n, m = map(int, lines[0].split()[:2])
    k = int(values[0])
    links = edge_list(m)
    if m > 3000:
        return (f"꼭 필요한 {edge}은(는) {k}개입니다. 고리(사이클)에 속한 {edge}은(는) 없애도 다른 길이 남으므로 세지 "
                f"않습니다." if ko else
                f"There {'is' if k == 1 else 'are'} {k} critical {edge if k == 1 else edges}. A {edge} on a cycle "
                f"leaves another route when removed, so it is not counted.")
    critical, loop = [], None
    for i, (u, v) in enumerate(links):
        adj = {x: [] for x in range(1, n + 1)}
        for j, (a, b) in enumerate(links):
            if j != i:
                adj[a].append(b)
                adj[b].append(a)
        for x in adj:
            adj[x].sort()
        dist, parent = bfs(adj, u)
        if v in dist:
            if loop is None:
                loop = (u, v, route_to(parent, v) + f" → {u}")
        else:
            critical.append(f"{u}–{v}")
    names = listed(critical, "" if ko else "or") if critical else ""
    if ko:
        text = (f"{names} 중 어느 것을 없애도 그 두 {node} 사이의 길이 끊기므로 꼭 필요한 {edge}은(는) 이 "
                f"{len(critical)}개입니다." if len(critical) > 1 else
                f"{names}을(를) 없애면 그 두 {node} 사이의 길이 끊기므로 꼭 필요한 {edge}은(는) 이것 하나입니다."
                if critical else f"꼭 필요한 {edge}은(는) 없습니다.")
        if loop:
            text += (f" 나머지 {edge}은(는) 모두 고리 위에 있어 없애도 다른 길이 남습니다. 예를 들어 {loop[0]}–{loop[1]}은(는) "
                     f"{loop[2]} 고리 위에 있습니다." if critical else
                     f" 모든 {edge}이(가) 고리 위에 있어 없애도 다른 길이 남습니다. 예를 들어 {loop[0]}–{loop[1]}은(는) "
                     f"{loop[2]} 고리 위에 있습니다.")
        elif critical:
            text += f" 고리를 이루는 {edge}은(는) 없습니다."
        return text
    many = len(critical) > 1
    text = (f"Removing {names} leaves no route between the two {nodes} it joined, so "
            f"{'this' if not many else f'these {len(critical)}'} {edge if not many else edges} "
            f"{'is' if not many else 'are'} critical." if critical else f"No {edge} is critical.")
    if loop:
        text += (f" {'Every other' if critical else 'Every'} {edge} lies on a loop, which leaves another route when "
                 f"it is removed: for example {loop[0]}–{loop[1]} on {loop[2]}.")
    elif critical:
        text += f" No {edge} lies on a loop."
    return text


def within_k():
    """The things 1, 2, ..., K links away from S (breadth first), and the first one beyond K."""
    n, m, s, k = map(int, lines[0].split()[:4])
    answer = int(values[0])
    dist, _ = bfs(read_graph(lines, n, m), s)
    layers = {}
    for v in sorted(dist):
        layers.setdefault(dist[v], []).append(v)
    near = [(d, layers[d]) for d in sorted(layers) if 1 <= d <= k]
    beyond = layers.get(k + 1)
    if k == 0:
        return (f"K = 0이므로 {edge}을(를) 하나도 따라가지 않습니다: {s}번 자신만 셉니다, 1." if ko else
                f"With K = 0 no {edge} is followed: only {node} {s} itself counts, 1.")
    if ko:
        parts = "; ".join(f"{edge} {d}개 거리에 {listed(vs, '')}번" for d, vs in near)
        text = (f"{s}번 {node}에서 {parts}이(가) 있어, {s}번 자신을 포함해 {answer}개입니다." if near else
                f"{s}번 {node}에 이어진 {edge}이(가) 없으므로 {s}번 자신만 셉니다: 1.")
        if beyond:
            text += f" {listed(beyond, '')}번은 {edge} {k + 1}개 거리라서 세지 않습니다."
        return text + " 거리는 가장 적은 " + edge + " 수로 셉니다." if near else text
    parts = "; ".join(f"{d} {edge if d == 1 else edges} away: {listed(vs, 'and')}" for d, vs in near)
    text = (f"From {node} {s}, {parts}. With {node} {s} itself, that makes {answer} {nodes}." if near else
            f"No {edge} touches {node} {s}, so only {node} {s} itself counts: 1.")
    if beyond:
        text += (f" {cap(node) if len(beyond) == 1 else cap(nodes)} {listed(beyond, 'and')} "
                 f"{'is' if len(beyond) == 1 else 'are'} {k + 1} {edges} away and not counted.")
    return text + " Distances count the fewest " + edges + " on any route." if near else text


def reach_one_directed():
    """Following the one-way links backwards from 1: each thing found, with its route into 1."""
    n, m = map(int, lines[0].split()[:2])
    answer = int(values[0])
    into = {x: [] for x in range(1, n + 1)}
    for u, v in edge_list(m):
        into[v].append(u)
    for x in into:
        into[x].sort()
    dist, parent = bfs(into, 1)  # parent: the next thing on the way to 1
    SHOWN = 5
    found = sorted(v for v in dist if v != 1)
    routes = []
    for v in found[:SHOWN]:
        route, x = [], v
        while x is not None:
            route.append(x)
            x = parent[x]
        routes.append(" → ".join(map(str, route)))
    shown = ", ".join(routes) + (", …" if len(found) > SHOWN else "")
    others = [v for v in range(1, n + 1) if v not in dist]
    if ko:
        if not found:
            return f"1번 {node}(으)로 들어오는 {edge}이(가) 없으므로 1번 자신만 셉니다: 1."
        text = f"{edge}의 방향대로 {shown} 순서로 1번에 닿으므로, 1번 자신을 포함해 {answer}개입니다."
        if others:
            text += f" {listed(others, '')}번에서는 이 {node}들로 들어오는 {edge}이(가) 없습니다."
        return text
    if not found:
        return f"No {edge} leads into {node} 1, so only {node} 1 itself counts: 1."
    text = (f"Following the {edges} in their direction, {shown} reach{'es' if len(found) == 1 else ''} {node} 1; "
            f"with {node} 1 itself, {answer} {nodes}.")
    if others:
        text += (f" No {edge} leads from {node if len(others) == 1 else nodes} {listed(others, 'or')} into "
                 f"{'it' if len(found) == 0 else 'them'}.")
    return text


print({"reach": reach, "count_components": count_components, "component_sizes": component_sizes,
       "two_colorings": two_colorings, "paths": paths, "distance": distance,
       "same_group": same_group, "bridges": bridges, "within_k": within_k,
       "reach_one_directed": reach_one_directed}[case["params"]["variant"]]())
