"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the things, the links between them and the groups they form)."""
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
        print(f"질문마다 그때까지 더해진 {edge}만 봅니다: " + "; ".join(notes) + more + f". 질문 {len(answers)}개 중 "
              f"{yes}개의 답이 YES입니다.")
    else:
        print(f"Each question sees only the {texts.get('edges', 'edges')} added before it: " + "; ".join(notes) + more
              + f". In all, {yes} of {len(answers)} {'answer' if len(answers) == 1 else 'answers'} "
              f"{'is' if yes == 1 else 'are'} YES.")
elif variant == "group_stats":
    rows = out.strip().split("\n")
    first, last = rows[0].split(), rows[-1].split()
    if ko:
        print(f"첫 번째 {edge}이(가) {done} 뒤에는 {group}이(가) {first[0]}개이고 가장 큰 {group}의 크기는 "
              f"{first[1]}입니다. 마지막 {edge}이(가) {done} 뒤에는 {group}이(가) {last[0]}개이고 가장 큰 "
              f"{group}의 크기는 {last[1]}입니다.")
    else:
        def count(k, one, many):
            return f"1 {one}" if k == "1" else f"{k} {many}"

        print(f"After the first {edge}: {count(first[0], group, groups)}, the largest with "
              f"{count(first[1], node, nodes)}; after the last one: {count(last[0], group, groups)}, the largest with "
              f"{count(last[1], node, nodes)}.")
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
        # Kruskal as the reader would do it: candidates from the cheapest, skipping one whose ends are joined already
        data = list(map(int, case["input"].split()))
        n, m = data[0], data[1]
        candidates = sorted((data[4 + 3 * i], data[2 + 3 * i], data[3 + 3 * i]) for i in range(m))
        parent = list(range(n + 1))

        def find(x):
            while parent[x] != x:
                x = parent[x]
            return x

        steps, taken, SHOWN = [], [], 8
        for w, u, v in candidates:
            if len(taken) == n - 1:
                break
            if find(u) == find(v):
                steps.append(f"{u}–{v} ({w}) 건너뜀" if ko else f"skip {u}–{v} ({w})")
            else:
                parent[find(u)] = find(v)
                taken.append(w)
                steps.append(f"{u}–{v} ({w})")
        shown = ", ".join(steps[:SHOWN]) + (", …" if len(steps) > SHOWN else "")
        sum_text = " + ".join(map(str, taken)) + (f" = {total}" if len(taken) > 1 else "")
        if n == 1:
            print(f"{node}이(가) 하나뿐이므로 아무것도 {texts.get('build', '잇')}지 않아도 되어 0입니다." if ko else
                  f"There is only one {node}, so nothing needs to be built: 0.")
        elif ko:
            print(f"후보를 비용이 싼 것부터 보며, 두 {node}이(가) 이미 이어져 있으면 건너뜁니다: {shown}. "
                  f"고른 {edge}의 비용 합은 {sum_text}입니다.")
        else:
            print(f"Taking the candidates from the cheapest and skipping any whose two {nodes} are already "
                  f"connected: {shown}. The chosen {texts.get('edges', 'edges')} cost {sum_text}.")
