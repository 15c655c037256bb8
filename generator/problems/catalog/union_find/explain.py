"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the things, the links between them and the groups they form).
static_groups and online_queries explain each question (up to 4) by what was added before it; group_stats follows
the links in turn (up to 6), each with the group it forms and the printed pair; kruskal shows one cheapest choice of
candidates in input order with its cost (found by Kruskal, which is the task and is not printed; for -1: the groups no
candidate joins)."""
import json
import sys

case = json.load(sys.stdin)
texts = case.get("texts") or {}  # the theme's words, as in the statement
ko = case["language"] == "ko"
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", "vertices")
edge = texts.get("edge", "간선" if ko else "edge")
group = texts.get("group", "무리" if ko else "group")
groups = texts.get("groups", group + "s")
done = texts.get("done", "생긴")


variant = case["params"]["variant"]
out = case["output"]
if variant in ("static_groups", "online_queries"):
    answers = out.split()
    lines = case["input"].split("\n")
    n, q = map(int, lines[0].split()[:2])
    adj = {v: set() for v in range(1, n + 1)}
    notes = []  # per question (up to SHOWN): its text
    SHOWN = 4
    asked = 0
    for line in lines[1:1 + q]:
        op, a, b = map(int, line.split()[:3])
        if op == 0:
            adj[a].add(b)
            adj[b].add(a)
            continue
        asked += 1
        if len(notes) >= SHOWN:
            continue
        back, todo = {a: None}, [a]
        for u in todo:
            for v in sorted(adj[u]):
                if v not in back:
                    back[v] = u
                    todo.append(v)
        if b in back:
            route, v = [], b
            while v is not None:
                route.append(v)
                v = back[v]
            route = " – ".join(map(str, route[::-1]))
            notes.append(f"`1 {a} {b}` → YES({route})" if ko else f"`1 {a} {b}` YES ({route})")
        else:
            reach = sorted(back)
            shown = ", ".join(map(str, reach[:6])) + (", …" if len(reach) > 6 else "")
            notes.append(f"`1 {a} {b}` → NO(그때 {a}의 {group}은(는) {{{shown}}})" if ko else
                         f"`1 {a} {b}` NO ({a}'s {group} then: {{{shown}}})")
    yes = answers.count("YES")
    more = "; …" if asked > SHOWN else ""
    if ko:
        print(f"질문마다 그때까지 {done} {edge}만 봅니다: " + "; ".join(notes) + more + f". 질문 {len(answers)}개 중 "
              f"{yes}개의 답이 YES입니다.")
    else:
        print(f"Each question sees only the {texts.get('edges', 'edges')} added before it: " + "; ".join(notes) + more
              + f". In all, {yes} of {len(answers)} {'answer' if len(answers) == 1 else 'answers'} "
              f"{'is' if yes == 1 else 'are'} YES.")
elif variant == "group_stats":
    # each link in turn: the group it forms (or that its ends were joined already) and the line it prints
    lines = case["input"].split("\n")
    n, m = map(int, lines[0].split()[:2])
    rows = out.strip().split("\n")
    members = {v: [v] for v in range(1, n + 1)}
    owner = {v: v for v in range(1, n + 1)}
    SHOWN = 6
    steps = []
    for line, row in list(zip(lines[1:1 + m], rows))[:SHOWN]:
        a, b = map(int, line.split()[:2])
        pair = f"({', '.join(row.split()[:2])})"
        if owner[a] == owner[b]:
            steps.append(f"{a}–{b} → 이미 같은 {group} {pair}" if ko else f"{a}–{b} → already one {group} {pair}")
            continue
        big, small = sorted((owner[a], owner[b]), key=lambda g: -len(members[g]))
        for v in members[small]:
            owner[v] = big
        members[big] = sorted(members[big] + members.pop(small))
        joined = members[big]
        shown = ", ".join(map(str, joined[:8])) + (", …" if len(joined) > 8 else "")
        steps.append(f"{a}–{b} → {{{shown}}} {pair}")
    more = "; …" if m > SHOWN else ""
    if ko:
        print(f"{edge}이(가) 하나씩 {done} 뒤 합쳐진 {group}과(와) ({group} 수, 가장 큰 {group}의 {node} 수): "
              + "; ".join(steps) + more + ".")
    else:
        print(f"Adding the {texts.get('edges', 'edges')} one by one, the {group} each one forms and then ({groups}, "
              f"{nodes} in the largest): " + "; ".join(steps) + more + ".")
else:
    total = int(out.split()[0])
    if total < 0:
        # the groups left when every candidate is used: no candidate joins two of them
        data = list(map(int, case["input"].split()))
        n, m = data[0], data[1]
        parent = list(range(n + 1))

        def find(x):
            while parent[x] != x:
                x = parent[x]
            return x

        for i in range(m):
            parent[find(data[2 + 3 * i])] = find(data[3 + 3 * i])
        parts = {}
        for x in range(1, n + 1):
            parts.setdefault(find(x), []).append(x)
        listed = ", ".join("{" + ", ".join(map(str, g)) + "}" for g in sorted(parts.values()))
        print(f"모든 후보를 써도 {node}들은 {len(parts)}개의 무리로 나뉩니다: {listed}. 서로 다른 무리를 잇는 후보가 없어 "
              f"모든 {node}을(를) 이을 수는 없으므로 -1입니다." if ko else
              f"Even with every candidate the {nodes} fall into {len(parts)} groups: {listed}. No candidate joins two "
              f"of them, so not every {node} can be connected and the answer is -1.")
    else:
        # One cheapest choice (Kruskal finds it; only the choice and its cost are printed, in input order)
        data = list(map(int, case["input"].split()))
        n, m = data[0], data[1]
        candidates = sorted((data[4 + 3 * i], i, data[2 + 3 * i], data[3 + 3 * i]) for i in range(m))
        parent = list(range(n + 1))

        def find(x):
            while parent[x] != x:
                x = parent[x]
            return x

        chosen, SHOWN = [], 8
        for w, i, u, v in candidates:
            if len(chosen) == n - 1:
                break
            if find(u) != find(v):
                parent[find(u)] = find(v)
                chosen.append((i, u, v, w))
        chosen.sort()
        shown = ", ".join(f"{u}–{v} ({w})" for _, u, v, w in chosen[:SHOWN]) + (", …" if len(chosen) > SHOWN else "")
        costs = [w for _, _, _, w in chosen]
        sum_text = (" + ".join(map(str, costs)) + f" = {total}") if 1 < len(costs) <= SHOWN else str(total)
        if n == 1:
            print(f"{node}이(가) 하나뿐이므로 아무것도 {texts.get('build', '잇')}지 않아도 되어 0입니다." if ko else
                  f"There is only one {node}, so nothing needs to be built: 0.")
        elif ko:
            print(f"예를 들어 후보 {shown}을(를) 고르면 모든 {node}이(가) 서로 오갈 수 있고 비용 합은 {sum_text}입니다. "
                  f"이보다 적은 비용으로 모두 이을 수는 없습니다.")
        else:
            print(f"For example, the candidates {shown} connect every {node}, at a cost of {sum_text}; no cheaper choice "
                  f"connects them all.")
